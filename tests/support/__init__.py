"""Helpers shared by the test suite (local Synapse, fault proxy)."""
