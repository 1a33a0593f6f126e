"""Benchmarks: each module with a main() prints its figures as ratios to a baseline run alongside."""
