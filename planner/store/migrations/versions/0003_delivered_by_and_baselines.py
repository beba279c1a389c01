"""the delivering document of a delivery (commitments.delivered_by) and named baselines

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-05 12:20:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('commitments', schema=None) as batch_op:
        batch_op.add_column(sa.Column('delivered_by', sa.String(length=200), server_default='', nullable=False))
    op.create_table('baselines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('name')
    )


def downgrade() -> None:
    op.drop_table('baselines')
    with op.batch_alter_table('commitments', schema=None) as batch_op:
        batch_op.drop_column('delivered_by')
