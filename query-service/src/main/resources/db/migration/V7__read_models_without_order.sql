-- Every read model is a fold over the events into its own tables, in no order relative to the others. The rows that
-- progress, budgets and continuations keep of an element hung off plan_element by a foreign key, which made the
-- element projection depend on them at a discard: their rows of the elements it removes had to go first. Now each
-- deletes its own rows of the elements a discard removes, as the event lists them (RevisionDiscarded revision 2).
-- A discard stored before that does not say which elements it removed, so their rows may outlive the element; no
-- reader shows them, as every reader reaches these tables through an element the plan has (DiscardedElements).
ALTER TABLE item_progress DROP CONSTRAINT item_progress_tenant_plan_id_element_id_fkey;
ALTER TABLE item_progress_history DROP CONSTRAINT item_progress_history_tenant_plan_id_element_id_fkey;
ALTER TABLE budget_line DROP CONSTRAINT budget_line_tenant_plan_id_element_id_fkey;
ALTER TABLE budget_history DROP CONSTRAINT budget_history_tenant_plan_id_element_id_fkey;
ALTER TABLE element_continuation DROP CONSTRAINT element_continuation_tenant_plan_id_element_id_fkey;
