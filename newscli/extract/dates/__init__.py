"""Dates, clock times, date-times and durations, resolved against the publication date.

The rules here (``rules.py``) run inside the number scanner
(:func:`newscli.extract.numbers.extract_numbers`), since dates are made of numbers;
``calendar.py`` holds the calendar arithmetic and the tense of a clause.
"""
