"""The GUI's views: each a widget fed from snapshots, with plot items created once."""
