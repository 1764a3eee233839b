"""Prefect flows: thin orchestration of `pipeline` functions, and the nightly deployment.

Only this package and `pipeline.cli.run` import Prefect; the library never does.
"""
