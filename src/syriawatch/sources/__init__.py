"""Sources: where raw documents come from (seed files now, feeds in `feeds`).

A source never raises for one bad document: it returns a `Collected` with the
documents it could read and a failure for each one it could not.
"""
