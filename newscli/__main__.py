from newscli.cli import main

main(prog_name="newscli")
