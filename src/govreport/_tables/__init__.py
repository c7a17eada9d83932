"""Data-only modules: the lookup tables the grammar is compiled from.

Nothing here imports the engine; adding a marker family, a boilerplate line or
a post title is one row in one of these tables plus one test case.
"""
