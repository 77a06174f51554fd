"""Village Resilience: an educational storytelling game about mutual aid in hard times."""

__version__ = "0.1.0"
