"""Media below the Qt layer: safe file names for downloads (and, with issue 5, the cache and the
thumbnailer). Never imports PySide6."""
