"""scrutiny: an NLP pipeline over archives of UK local-government scrutiny reports.

Stages, each a function from records to records (see `pipeline.records`):
`ingest.read_document` -> `segment.segment` -> `themes.tag` -> `link.link_documents`.
`pipeline.process.parse_file` runs the per-document stages in order.
"""

__version__ = "0.1.0"
