"""Timeline and deadline planner for dated commitments in strategy documents."""
