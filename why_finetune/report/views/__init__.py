"""How a report is shown: the terminal (styled or plain ASCII), one self-contained HTML file, and
GitHub-flavoured Markdown; the text helpers they share (wrapping, neutralising, highlights, diffs)."""
