"""The participant register's screens: the list of named persons and the form for one."""
