"""Fake outside services on loopback, shared by the test suites."""
