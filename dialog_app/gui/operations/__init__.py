"""Every user action as a named operation: one small function per action, grouped by what it acts on.

Each returns a ``gui.ops.WriteOp`` or ``QueryOp``; views call it, add their callbacks and run it.
"""
