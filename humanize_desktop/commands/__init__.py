"""Headless subcommands of ``humanize-desktop``.

Each module here defines ``add_parser(subparsers)`` and ``run(args) -> int``.
Their names, options and JSON keys are a contract with scripts people
write: keep them stable.
"""
