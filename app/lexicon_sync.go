package app

import (
	"context"
	"time"
)

// Replicas on one PostgreSQL database each hold the effective lexicon in
// memory. A lexicon edit saved through one of them is a row of the lexicon
// history in the database; the others notice the newest row change and lay
// the saved edits over their packs again, so every replica scores imports,
// shows entries and reports the version the last edit made. A single SQLite
// server makes every edit itself and needs no watching.

// lexiconSyncInterval is how often a replica looks for an edit saved by
// another. A look reads the data generation (the page cache's one cheap
// read) and, only when something was committed since the last look, the
// newest lexicon history row.
const lexiconSyncInterval = 2 * time.Second

// startLexiconSync follows the lexicon edits of other replicas until ctx
// ends (PostgreSQL only) and returns a function waiting for it to stop.
func (s *server) startLexiconSync(ctx context.Context) (wait func()) {
	if !s.db.Postgres() {
		return func() {}
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		t := time.NewTicker(lexiconSyncInterval)
		defer t.Stop()
		var seen uint64
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
			gen, err := s.generation(ctx)
			if err == nil && gen == seen {
				continue
			}
			if err == nil {
				err = s.syncLexicon(ctx)
			}
			if err != nil {
				if ctx.Err() == nil {
					s.log.Warn("lexicon: reading the edits of other servers", "err", err)
				}
				continue
			}
			seen = gen
		}
	}()
	return func() { <-done }
}

// syncLexicon reloads the local lexicon edits when the database's newest
// lexicon change is not the one this server last loaded or made.
func (s *server) syncLexicon(ctx context.Context) error {
	latest, err := s.latestLexiconChange(ctx)
	if err != nil {
		return err
	}
	s.lexEdit.Lock()
	defer s.lexEdit.Unlock()
	if latest == s.lexSeen.Load() {
		return nil
	}
	before := s.lex.Version()
	if err := s.loadLocalLexicon(ctx, s.lexBase); err != nil {
		return err
	}
	s.lexSeen.Store(latest)
	if v := s.lex.Version(); v != before {
		s.bump() // pages showing the lexicon change with it
		s.log.Info("lexicon: loaded an edit saved by another server", "version", v)
	}
	return nil
}

// latestLexiconChange is the ID of the newest lexicon history row (0: none).
func (s *server) latestLexiconChange(ctx context.Context) (int64, error) {
	h, err := s.db.LexiconHistory(ctx, 1)
	if err != nil || len(h) == 0 {
		return 0, err
	}
	return h[0].ID, nil
}
