package app

import (
	"context"
	"testing"

	"github.com/framelens/framelens/store"
)

// TestDemoProposesStories: the demo corpus loaded by serve gets suggested
// stories like any import; their imported story keys stay. Clustering is
// not perfect (an analysis piece and a differently framed report of the dam
// event stay alone), so the test asks for what it promises: every pair it
// puts together is one event (precision), and each event gets a suggestion.
func TestDemoProposesStories(t *testing.T) {
	db := demoDB(t)
	var arts []store.ExportArticle
	if err := db.Export(context.Background(), store.ExportFilter{}, func(a *store.ExportArticle) error {
		arts = append(arts, *a)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if len(arts) < 9 {
		t.Fatalf("%d demo articles, want at least 9", len(arts))
	}
	together, same := 0, 0
	suggested := map[string]bool{} // imported stories with a suggestion
	for i, a := range arts {
		if a.Story == "" {
			t.Errorf("demo article %q lost its imported story", a.Title)
		}
		for _, b := range arts[i+1:] {
			if a.SuggestedStory != "" && a.SuggestedStory == b.SuggestedStory {
				together++
				suggested[a.Story] = true
				if a.Story == b.Story {
					same++
				}
			}
		}
	}
	if together == 0 || same != together || len(suggested) != 2 {
		t.Errorf("suggested together: %d pairs, %d of them one imported story, %d stories with a suggestion; want some, all, 2",
			together, same, len(suggested))
		for _, a := range arts {
			t.Logf("%-22s %-56s %s", a.Story, a.SuggestedStory, a.Title)
		}
	}
}
