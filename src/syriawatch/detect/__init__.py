"""Detection: Syria-related keywords and relevance, gazetteer entities and places,
and ACLED-style events. `Detector(load_watchlist(folder)).detect(article)`."""

from .detector import Detector
from .watchlist import Watchlist, load_watchlist

__all__ = ["Detector", "Watchlist", "load_watchlist"]
