"""Synthetic article text shared by the parser's tests: a headline, three paragraphs, a page joiner."""

from __future__ import annotations

HEADLINE = "नगर निगम की बैठक में सड़कों की मरम्मत पर फैसला, नालों की सफाई जल्द"
P1 = "शहर में शनिवार को नगर निगम की बैठक हुई और सड़कों की मरम्मत पर लंबी चर्चा की गई। बैठक में सभी पार्षद मौजूद रहे।"
P2 = "महापौर ने कहा कि बारिश से पहले सभी नालों की सफाई पूरी कर ली जाएगी। इसके लिए अलग टीम बनाई गई है।"
P3 = "पार्षदों ने पानी की कमी का मुद्दा भी उठाया और जल्द समाधान की मांग की। अधिकारियों ने भरोसा दिलाया।"


def page(*lines: str) -> str:
    return "\n".join(lines) + "\n"
