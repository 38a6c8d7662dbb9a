-- The edition log names the elements an edition added, replaced and retired as they were when it was adopted. It
-- read them from plan_element while folding; now the revision projection keeps them itself, folded from the tree
-- events: level, title and whether the element is active planned content, and, while a revision is open, the title
-- and status of the planned elements as last adopted, which a discard restores (null for an element the revision
-- defined, which a discard removes).
CREATE TABLE edition_element (
    tenant          text    NOT NULL,
    plan_id         text    NOT NULL,
    element_id      text    NOT NULL,
    level           text    NOT NULL,
    position        bigint  NOT NULL,
    planned         boolean NOT NULL,
    title           text    NOT NULL,
    status          text    NOT NULL,
    adopted_title   text,
    adopted_status  text,
    PRIMARY KEY (tenant, plan_id, element_id)
);

-- the elements when this version arrives, with the adopted copy of an open revision (a rebuild writes the same rows
-- from the events)
INSERT INTO edition_element (tenant, plan_id, element_id, level, position, planned, title, status, adopted_title,
                             adopted_status)
SELECT e.tenant, e.plan_id, e.element_id, e.level, e.position, e.planned, e.title, e.status, a.title, a.status
FROM plan_element e
         LEFT JOIN adopted_plan_element a
                   ON a.tenant = e.tenant AND a.plan_id = e.plan_id AND a.element_id = e.element_id AND e.planned;
