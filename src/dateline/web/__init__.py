"""The web app and JSON API (``dateline serve``): FastAPI, server-rendered pages, no build step."""

from .app import create_app

__all__ = ["create_app"]
