import pg from 'pg';

/**
 * A new, empty PostgreSQL database beside the test one, named `<test db>_<suffix>` (dropped first if a
 * run left it behind), for tests that need a whole database of their own: a restore target, or a server
 * whose migrations are under test. The test role must be allowed to create databases.
 */
export async function freshDatabase(testUrl: string, suffix: string) {
  const url = new URL(testUrl);
  const name = `${url.pathname.slice(1)}_${suffix}`;
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`unexpected database name ${name}`);
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: testUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`drop database if exists ${name} with (force)`);
  await admin(`create database ${name}`);
  url.pathname = `/${name}`;
  return { url: url.toString(), name, drop: () => admin(`drop database if exists ${name} with (force)`) };
}
