package onionscope.searchnode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.elasticsearch.Version;
import org.elasticsearch.cluster.service.ClusterService;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.mapper.MapperExtrasPlugin;
import org.elasticsearch.reindex.ReindexPlugin;
import org.elasticsearch.node.InternalSettingsPreparer;
import org.elasticsearch.node.Node;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.transport.Netty4Plugin;

/**
 * Starts one single-node Elasticsearch 7.17 cluster inside this JVM, bound to 127.0.0.1 only.
 *
 * <p>Usage: {@code java -cp ... onionscope.searchnode.ElasticsearchLauncher HOME HTTP_PORT TRANSPORT_PORTS [CLUSTER]}.
 * The process runs until it receives SIGTERM/SIGINT; the shutdown hook closes the node so the
 * data directory is left consistent. Readiness is the caller's job (poll _cluster/health).
 */
public final class ElasticsearchLauncher {

    /** The plugins the onionscope index backend relies on, loaded from the classpath. */
    static final List<Class<? extends Plugin>> PLUGINS = List.of(
        Netty4Plugin.class,          // HTTP layer
        MapperExtrasPlugin.class,    // scaled_float, rank_feature
        ReindexPlugin.class,         // _delete_by_query, _update_by_query, _reindex
        LanguageAnalyzersPlugin.class);
    // analysis-common and lang-painless 7.17 are not published on Maven Central:
    // LanguageAnalyzersPlugin stands in for the language analyzers; there is no scripting.

    /** Node subclass: the public constructor cannot take classpath plugins. */
    static final class EmbeddedNode extends Node {
        EmbeddedNode(Environment env) {
            super(env, PLUGINS, true);
        }

        @Override
        protected void configureNodeAndClusterIdStateListener(ClusterService clusterService) {
            // The stock listener feeds the JSON log layout set up by the real bootstrap, absent here.
        }
    }

    private ElasticsearchLauncher() {
    }

    /**
     * When the system property searchnode.parent.pid names a process, stop with it: a test run
     * killed hard must not leave a 1 GB JVM behind on a shared machine.
     */
    static void watchParent() {
        String parent = System.getProperty("searchnode.parent.pid");
        if (parent == null || parent.isEmpty()) {
            return;
        }
        ProcessHandle.of(Long.parseLong(parent)).ifPresentOrElse(
            handle -> handle.onExit().thenRun(() -> System.exit(0)),
            () -> System.exit(0));
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: ElasticsearchLauncher HOME HTTP_PORT TRANSPORT_PORTS [CLUSTER_NAME]");
            System.exit(2);
        }
        Path home = Paths.get(args[0]).toAbsolutePath();
        String httpPort = args[1];
        String transportPorts = args[2];
        String clusterName = args.length > 3 ? args[3] : "onionscope-lab";
        for (String sub : new String[] {"config", "modules", "plugins", "data", "logs"}) {
            Files.createDirectories(home.resolve(sub));
        }
        Settings settings = Settings.builder()
            .put("path.home", home.toString())
            .put("path.data", home.resolve("data").toString())
            .put("path.logs", home.resolve("logs").toString())
            .put("cluster.name", clusterName)
            .put("node.name", "searchnode-" + httpPort)
            .put("discovery.type", "single-node")
            .put("network.host", "127.0.0.1")
            .put("http.port", httpPort)
            .put("transport.port", transportPorts)
            // A nearly full CI disk would otherwise flip every index to read-only.
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            .build();
        Environment env = InternalSettingsPreparer.prepareEnvironment(
            settings, Map.of(), home.resolve("config"), () -> "searchnode");
        Node node = new EmbeddedNode(env);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
                node.awaitClose(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                System.err.println("searchnode: error while closing: " + e);
            } finally {
                stopped.countDown();
            }
        }, "searchnode-shutdown"));
        node.start();
        watchParent();
        System.out.println("searchnode started: elasticsearch " + Version.CURRENT + " http 127.0.0.1:" + httpPort);
        System.out.flush();
        stopped.await();
    }
}
