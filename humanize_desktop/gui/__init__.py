"""The Qt layer: windows, panes and dialogs that show ``core`` objects."""
