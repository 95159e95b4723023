"""Input that comes from elsewhere: Word minutes, spreadsheets, survey and polling tools, QDA tools."""
