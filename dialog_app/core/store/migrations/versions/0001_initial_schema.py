"""Schema 1: dialogues, notes, themes, taggings, synthesis and the full-text index.

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-23 00:05:41.640037
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

CREATE_FTS = (
    "CREATE VIRTUAL TABLE note_fts USING fts5(text, "
    "tokenize = \"unicode61 remove_diacritics 0 categories 'L* N* Co M*'\", prefix = '2 3')"
)


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('dialogue',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('title', sa.String(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('starts_at', sa.DateTime(), nullable=True),
    sa.Column('ends_at', sa.DateTime(), nullable=True),
    sa.Column('place', sa.String(), nullable=True),
    sa.Column('online', sa.Boolean(), nullable=False),
    sa.Column('organiser', sa.String(), nullable=False),
    sa.Column('purpose', sa.String(), nullable=False),
    sa.Column('status', sa.String(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('projectsetting',
    sa.Column('key', sa.String(), nullable=False),
    sa.Column('value', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('stakeholdergroup',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('key', sa.String(), nullable=True),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('description', sa.String(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('key')
    )
    op.create_table('themeframework',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('version', sa.String(), nullable=False),
    sa.Column('description', sa.String(), nullable=False),
    sa.Column('source', sa.String(), nullable=False),
    sa.Column('preset_id', sa.String(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('agendaitem',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('dialogue_id', sa.Uuid(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('question', sa.String(), nullable=False),
    sa.Column('planned_minutes', sa.Integer(), nullable=True),
    sa.Column('started_at', sa.DateTime(), nullable=True),
    sa.Column('ended_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['dialogue_id'], ['dialogue.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('agendaitem', schema=None) as batch_op:
        batch_op.create_index('ix_agendaitem_dialogue_position', ['dialogue_id', 'position'], unique=False)

    op.create_table('attendance',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('dialogue_id', sa.Uuid(), nullable=False),
    sa.Column('group_id', sa.Uuid(), nullable=False),
    sa.Column('headcount', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['dialogue_id'], ['dialogue.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['group_id'], ['stakeholdergroup.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('dialogue_id', 'group_id')
    )
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attendance_dialogue_id'), ['dialogue_id'], unique=False)

    op.create_table('organisation',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('name_key', sa.String(), nullable=False),
    sa.Column('group_id', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['group_id'], ['stakeholdergroup.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('name_key')
    )
    op.create_table('theme',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('framework_id', sa.Uuid(), nullable=False),
    sa.Column('parent_id', sa.Uuid(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('description', sa.String(), nullable=False),
    sa.Column('colour', sa.String(), nullable=False),
    sa.Column('keywords', sa.JSON(), nullable=False),
    sa.Column('aliases', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['framework_id'], ['themeframework.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['parent_id'], ['theme.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('theme', schema=None) as batch_op:
        batch_op.create_index('ix_theme_framework_parent', ['framework_id', 'parent_id', 'position'], unique=False)

    op.create_table('dialogueorganisation',
    sa.Column('dialogue_id', sa.Uuid(), nullable=False),
    sa.Column('organisation_id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['dialogue_id'], ['dialogue.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('dialogue_id', 'organisation_id')
    )
    with op.batch_alter_table('dialogueorganisation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dialogueorganisation_organisation_id'), ['organisation_id'], unique=False)

    op.create_table('note',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=True),
    sa.Column('dialogue_id', sa.Uuid(), nullable=False),
    sa.Column('agenda_item_id', sa.Uuid(), nullable=True),
    sa.Column('group_id', sa.Uuid(), nullable=True),
    sa.Column('table_label', sa.String(), nullable=True),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('text', sa.String(), nullable=False),
    sa.Column('votes', sa.Integer(), nullable=False),
    sa.Column('key_quote', sa.Boolean(), nullable=False),
    sa.Column('status', sa.String(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('captured_by', sa.String(), nullable=False),
    sa.Column('source_kind', sa.String(), nullable=False),
    sa.Column('source_ref', sa.String(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['agenda_item_id'], ['agendaitem.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['dialogue_id'], ['dialogue.id'], ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['group_id'], ['stakeholdergroup.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('seq')
    )
    with op.batch_alter_table('note', schema=None) as batch_op:
        batch_op.create_index('ix_note_agenda_item', ['agenda_item_id'], unique=False)
        batch_op.create_index('ix_note_dialogue_created', ['dialogue_id', 'created_at'], unique=False)
        batch_op.create_index('ix_note_group', ['group_id'], unique=False)
        batch_op.create_index('ix_note_deleted', ['id'], unique=False, sqlite_where=sa.text('deleted_at IS NOT NULL'))

    op.create_table('participant',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('dialogue_id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('organisation_id', sa.Uuid(), nullable=True),
    sa.Column('group_id', sa.Uuid(), nullable=True),
    sa.Column('is_personal_data', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['dialogue_id'], ['dialogue.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['group_id'], ['stakeholdergroup.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_participant_dialogue_id'), ['dialogue_id'], unique=False)

    op.create_table('themesynthesis',
    sa.Column('theme_id', sa.Uuid(), nullable=False),
    sa.Column('text', sa.String(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['theme_id'], ['theme.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('theme_id')
    )
    op.create_table('noteevent',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('note_id', sa.Uuid(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('by', sa.String(), nullable=False),
    sa.Column('action', sa.String(), nullable=False),
    sa.Column('detail', sa.JSON(), nullable=True),
    sa.ForeignKeyConstraint(['note_id'], ['note.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('noteevent', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_noteevent_note_id'), ['note_id'], unique=False)

    op.create_table('synthesisquote',
    sa.Column('theme_id', sa.Uuid(), nullable=False),
    sa.Column('note_id', sa.Uuid(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['note_id'], ['note.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['theme_id'], ['theme.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('theme_id', 'note_id')
    )
    op.create_table('tagging',
    sa.Column('note_id', sa.Uuid(), nullable=False),
    sa.Column('theme_id', sa.Uuid(), nullable=False),
    sa.Column('tagged_by', sa.String(), nullable=False),
    sa.Column('tagged_at', sa.DateTime(), nullable=False),
    sa.Column('origin', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['note_id'], ['note.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['theme_id'], ['theme.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('note_id', 'theme_id')
    )
    with op.batch_alter_table('tagging', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_tagging_theme_id'), ['theme_id'], unique=False)


    op.execute(CREATE_FTS)
    op.execute("PRAGMA user_version = 1")

def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS note_fts")
    op.execute("PRAGMA user_version = 0")
    with op.batch_alter_table('tagging', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_tagging_theme_id'))

    op.drop_table('tagging')
    op.drop_table('synthesisquote')
    with op.batch_alter_table('noteevent', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_noteevent_note_id'))

    op.drop_table('noteevent')
    op.drop_table('themesynthesis')
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_participant_dialogue_id'))

    op.drop_table('participant')
    with op.batch_alter_table('note', schema=None) as batch_op:
        batch_op.drop_index('ix_note_deleted')
        batch_op.drop_index('ix_note_group')
        batch_op.drop_index('ix_note_dialogue_created')
        batch_op.drop_index('ix_note_agenda_item')

    op.drop_table('note')
    with op.batch_alter_table('dialogueorganisation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dialogueorganisation_organisation_id'))

    op.drop_table('dialogueorganisation')
    with op.batch_alter_table('theme', schema=None) as batch_op:
        batch_op.drop_index('ix_theme_framework_parent')

    op.drop_table('theme')
    op.drop_table('organisation')
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attendance_dialogue_id'))

    op.drop_table('attendance')
    with op.batch_alter_table('agendaitem', schema=None) as batch_op:
        batch_op.drop_index('ix_agendaitem_dialogue_position')

    op.drop_table('agendaitem')
    op.drop_table('themeframework')
    op.drop_table('stakeholdergroup')
    op.drop_table('projectsetting')
    op.drop_table('dialogue')
