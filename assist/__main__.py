from assist.cli import main

main()
