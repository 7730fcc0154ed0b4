-- Schema 16 (issue 10): who holds a job lock and since when. On a shared PostgreSQL database the jobs that must
-- not overlap take advisory locks (released by the server when the holder's session ends); this table only says
-- who the holder is, for the message the second process gets: one row per holding session (backend_pid). The
-- embedded database never writes it.
CREATE TABLE db_lock (
    resource VARCHAR(200) COLLATE "C" NOT NULL,
    backend_pid INTEGER NOT NULL,
    holder VARCHAR(300) COLLATE "C" NOT NULL,
    shared_lock BOOLEAN NOT NULL,
    since TIMESTAMP NOT NULL,
    PRIMARY KEY (resource, backend_pid)
);
