"""`python -m syriawatch` is the `syriawatch` command."""

from .cli import main

main()
