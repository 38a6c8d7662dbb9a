-- Run once by the postgres image when its data volume is empty (docker-entrypoint-initdb.d), as the
-- superuser koers (POSTGRES_USER): one database per service.
CREATE DATABASE koers_command OWNER koers;
CREATE DATABASE koers_query OWNER koers;
CREATE DATABASE koers_reporting OWNER koers;
