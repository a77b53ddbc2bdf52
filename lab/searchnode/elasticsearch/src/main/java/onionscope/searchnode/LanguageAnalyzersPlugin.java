package onionscope.searchnode;

import java.util.List;
import java.util.function.Supplier;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.elasticsearch.index.analysis.PreBuiltAnalyzerProviderFactory;
import org.elasticsearch.index.analysis.PreConfiguredTokenFilter;
import org.elasticsearch.indices.analysis.PreBuiltCacheFactory.CachingStrategy;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;

/**
 * Stand-in for Elasticsearch's analysis-common module, which is not published on Maven Central
 * for 7.17: registers Lucene's own language analyzers (default stopwords and stemmers) under
 * the names Elasticsearch uses, plus the asciifolding filter. Not configurable per index.
 */
public final class LanguageAnalyzersPlugin extends Plugin implements AnalysisPlugin {

    private static PreBuiltAnalyzerProviderFactory analyzer(String name, Supplier<Analyzer> supplier) {
        return new PreBuiltAnalyzerProviderFactory(name, CachingStrategy.ONE, supplier);
    }

    @Override
    public List<PreBuiltAnalyzerProviderFactory> getPreBuiltAnalyzerProviderFactories() {
        return List.of(
            analyzer("english", EnglishAnalyzer::new),
            analyzer("russian", RussianAnalyzer::new),
            analyzer("german", GermanAnalyzer::new),
            analyzer("french", FrenchAnalyzer::new),
            analyzer("spanish", SpanishAnalyzer::new),
            analyzer("italian", ItalianAnalyzer::new),
            analyzer("portuguese", PortugueseAnalyzer::new),
            analyzer("dutch", DutchAnalyzer::new));
    }

    @Override
    public List<PreConfiguredTokenFilter> getPreConfiguredTokenFilters() {
        return List.of(PreConfiguredTokenFilter.singleton("asciifolding", true, ASCIIFoldingFilter::new));
    }
}
