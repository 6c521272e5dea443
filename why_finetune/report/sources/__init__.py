"""Where a report's outputs come from: the recordings on disk, the course's published outputs, a live
generation, a pytest run's results, and a git revision beside the work tree (`compare --changed`)."""
