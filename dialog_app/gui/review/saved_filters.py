"""The review page's saved filters: save the filter shown under a name, show a saved one, delete
one. A part of ReviewPage, mixed in; the filter bar asks, the page's session answers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dialog_app.gui.review import review_ops

translate = QCoreApplication.translate  # in ReviewPage's context, where these strings have always been


class SavedFilters:
    """Mixed into ReviewPage (a QWidget with session, filters, message and refresh)."""

    def _save_filter(self, name: str) -> None:
        if self.session is not None:
            said = translate("ReviewPage", "Saved the filter “%1”.").replace("%1", name)
            (review_ops.save_filter(self.session, name, self.filters.current_filter())
             .success(lambda _saved: self._filters_changed(said)).run(initiator=self))

    def _load_saved_filter(self, name: str) -> None:
        session = self.session
        if session is not None:
            review_ops.saved_filter(session, name).success(
                lambda found: self.filters.set_filter(found) if session is self.session else None).run(owner=self)

    def _delete_saved_filter(self, name: str) -> None:
        if self.session is not None:
            said = translate("ReviewPage", "Deleted the saved filter “%1”.").replace("%1", name)
            review_ops.delete_saved_filter(self.session, name).success(
                lambda _deleted: self._filters_changed(said)).run(initiator=self)

    def _filters_changed(self, said: str) -> None:
        self.message.emit(said)
        self.refresh()  # the saved filters' menu is read again with the names
