-- Each server keeps live sign-in sessions in memory (auth/session-cache.ts). Whatever ends a session or
-- changes what a request knows of its user (email, profile language) tells every listening server, at
-- commit, through NOTIFY: the user's id on channel `sign_in_changes`, or `*` when a table is emptied.
CREATE FUNCTION "notify_sign_in_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_LEVEL = 'STATEMENT' THEN
    PERFORM pg_notify('sign_in_changes', '*');
  ELSIF TG_OP = 'INSERT' THEN
    PERFORM pg_notify('sign_in_changes', to_jsonb(NEW) ->> TG_ARGV[0]);
  ELSE
    PERFORM pg_notify('sign_in_changes', to_jsonb(OLD) ->> TG_ARGV[0]);
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "sessions_sign_in_change" AFTER DELETE OR UPDATE OF "user_id", "token_hash", "id", "expires_at" ON "sessions" FOR EACH ROW EXECUTE FUNCTION "notify_sign_in_change"('user_id');--> statement-breakpoint
CREATE TRIGGER "sessions_emptied_sign_in_change" AFTER TRUNCATE ON "sessions" FOR EACH STATEMENT EXECUTE FUNCTION "notify_sign_in_change"();--> statement-breakpoint
CREATE TRIGGER "users_deleted_sign_in_change" AFTER DELETE ON "users" FOR EACH ROW EXECUTE FUNCTION "notify_sign_in_change"('id');--> statement-breakpoint
CREATE TRIGGER "users_email_sign_in_change" AFTER UPDATE OF "email" ON "users" FOR EACH ROW WHEN (OLD."email" IS DISTINCT FROM NEW."email") EXECUTE FUNCTION "notify_sign_in_change"('id');--> statement-breakpoint
CREATE TRIGGER "users_emptied_sign_in_change" AFTER TRUNCATE ON "users" FOR EACH STATEMENT EXECUTE FUNCTION "notify_sign_in_change"();--> statement-breakpoint
CREATE TRIGGER "profiles_added_sign_in_change" AFTER INSERT ON "profiles" FOR EACH ROW WHEN ((NEW."data" ->> 'language') IS NOT NULL) EXECUTE FUNCTION "notify_sign_in_change"('user_id');--> statement-breakpoint
CREATE TRIGGER "profiles_language_sign_in_change" AFTER UPDATE OF "data" ON "profiles" FOR EACH ROW WHEN ((OLD."data" ->> 'language') IS DISTINCT FROM (NEW."data" ->> 'language')) EXECUTE FUNCTION "notify_sign_in_change"('user_id');--> statement-breakpoint
CREATE TRIGGER "profiles_deleted_sign_in_change" AFTER DELETE ON "profiles" FOR EACH ROW EXECUTE FUNCTION "notify_sign_in_change"('user_id');--> statement-breakpoint
CREATE TRIGGER "profiles_emptied_sign_in_change" AFTER TRUNCATE ON "profiles" FOR EACH STATEMENT EXECUTE FUNCTION "notify_sign_in_change"();
