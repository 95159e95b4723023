"""Core fixtures: a project whose user is "anna" (so who-did-what can be checked) and a dialogue."""

from __future__ import annotations

import pytest

from dialog_app.core.project import Project


@pytest.fixture
def project(project_path):
    project = Project.create(project_path("core"), user="anna")
    yield project
    project.close()


@pytest.fixture
def meeting(project):
    return project.dialogues.create("Dialogmöte med civilsamhället")
