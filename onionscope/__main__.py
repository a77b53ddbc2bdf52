from onionscope.cli import main

main()
