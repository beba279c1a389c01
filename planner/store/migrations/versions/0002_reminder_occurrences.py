"""reminder occurrences: one row per (commitment, lead time, fire date) with its state

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 01:01:53.928707
"""
from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('reminder_occurrences',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('commitment_id', sa.Integer(), nullable=False),
    sa.Column('lead_days', sa.Integer(), nullable=False),
    sa.Column('fires_on', sa.Date(), nullable=False),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('snoozed_until', sa.DateTime(), nullable=True),
    sa.Column('shown_at', sa.DateTime(), nullable=True),
    sa.Column('dealt_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['commitment_id'], ['commitments.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('commitment_id', 'lead_days', 'fires_on')
    )
    with op.batch_alter_table('reminder_occurrences', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reminder_occurrences_commitment_id'), ['commitment_id'], unique=False)
        batch_op.create_index('ix_reminder_occurrences_state_fires_on', ['state', 'fires_on'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('reminder_occurrences', schema=None) as batch_op:
        batch_op.drop_index('ix_reminder_occurrences_state_fires_on')
        batch_op.drop_index(batch_op.f('ix_reminder_occurrences_commitment_id'))

    op.drop_table('reminder_occurrences')
