"""Platform settings: typed groups of switches operators change at run time."""
