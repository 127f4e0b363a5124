"""Load benchmark of `warehouse load` (see README.md)."""
