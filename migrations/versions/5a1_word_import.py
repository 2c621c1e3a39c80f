"""A social worker's checked Word document, kept as parsed text until it becomes a draft

Revision ID: 5a1_word_import
Revises: 4c213c061b9c
Create Date: 2026-11-23 16:40:00

"""
from alembic import op
import sqlalchemy as sa

import assist.models.types


# revision identifiers, used by Alembic.
revision = '5a1_word_import'
down_revision = '4c213c061b9c'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('word_imports',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.Column('snapshot', sa.JSON(), nullable=False),
    sa.Column('notes', sa.JSON(), nullable=False),
    sa.Column('unsorted', sa.Boolean(), nullable=False),
    sa.Column('created_at', assist.models.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_word_imports_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_word_imports')),
    sa.UniqueConstraint('user_id', name=op.f('uq_word_imports_user_id'))
    )


def downgrade():
    op.drop_table('word_imports')
