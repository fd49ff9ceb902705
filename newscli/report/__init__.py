"""``newscli report``: one self-contained HTML page with charts of a corpus.

:mod:`~newscli.report.data` holds the aggregate that is built per article and merged
(:class:`~newscli.report.data.ReportStats`), :mod:`~newscli.report.svg` the chart
writers, :mod:`~newscli.report.periods` the grouping of days for charts over time, and
:mod:`~newscli.report.html` the page (:func:`~newscli.report.html.render_page`).
"""
