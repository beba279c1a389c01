"""The database: the only package that builds queries.

`open_plan_store(url)` gives a `PlanStore` on a migrated database; everything else in the app
asks that store for plans and hands it changes.
"""
