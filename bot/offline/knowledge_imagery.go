package offline

// imageryFeatures is a satellite or aerial imagery archive: large immutable scenes kept for years,
// found by where and when they were taken, viewed as map tiles and ordered at full resolution. It
// used to read as a maps-and-routing service because of "map tiles".
var imageryFeatures = []*feature{
	{
		ID: "imagery", Name: "imagery archive, footprint search and tiles", Archetype: "imagery archive", Rank: 57,
		Load:          &loadProfile{ReadWrite: 1000, RecordBytes: 5_000, MediaBytes: 80e6, ResponseBytes: 30_000, PeakFactor: 3, Retention: 10, HotFraction: 0.01, Write: "scene", Read: "tile request"},
		Style:         "immutable scenes as Cloud-Optimized GeoTIFFs in tiered object storage, a spatial catalog (PostGIS/STAC) for search by footprint, time and cloud cover, and tiles rendered on demand from the files behind a CDN",
		CapacityNote:  "The bytes are the scenes, not the rows: a catalog row is a few KB, a scene tens of MB, so object storage and its tiers set the cost; tiles come from the CDN and only misses read the files, a few hundred KB at a time by range request.",
		Functional:    []string{"Ingest new scenes with their metadata; each becomes searchable within minutes", "Search scenes by area (a polygon or bounding box), time range and cloud cover", "View scenes as map tiles in a browser at any zoom", "Order full-resolution scenes for download", "Keep every scene for the stated retention, cold ones in a cheaper tier"},
		NonFunctional: []string{"Tiles in < 200 ms p95 at the stated peak, mostly from the CDN", "A stored scene is never lost (object storage durability, versioning, a second region for the archive)", "Search over the whole archive in < 1 s"},
		OutOfScope:    []string{"Tasking satellites and downlink scheduling", "Image analytics (change detection, ML)"},
		UseCases:      []string{"An analyst draws an area and filters the last month under 10% cloud", "An analyst pans and zooms over a scene in the browser", "An analyst orders three scenes and gets download links"},
		Entities: []entity{
			{Name: "Scene", Store: "scenecat", Key: "scene_id", Partition: "acquired_month", Indexes: "GiST on footprint; (acquired_at); (cloud_cover)", Fields: "scene_id, acquired_month, footprint (polygon), acquired_at, cloud_cover, sensor, bands, cog_key, thumbnail_key, storage_tier", Why: "search is spatial and temporal: PostGIS answers 'intersects this polygon, in this range' from a GiST index"},
			{Name: "Scene file", Store: "objstore", Key: "cog_key (sensor/date/scene_id.tif)", Partition: "key prefix", Indexes: "-", Fields: "Cloud-Optimized GeoTIFF with internal tiles and overviews", Why: "immutable and large; range reads let tile servers read only the pixels a tile needs"},
			{Name: "Order", Store: "scenecat", Key: "order_id", Partition: "user_id", Indexes: "(user_id, created_at)", Fields: "order_id, user_id, scene_ids[], status (restoring | ready | expired), urls_expire_at", Why: "small relational rows beside the catalog"},
		},
		Components: []string{"client", "cdn", "providersat", "sceneingest", "scenecat", "catsvc", "tilesvc", "exportworker", "objstore", "cache"},
		APIs: []endpoint{
			{Method: "POST", Path: "/v1/search", Request: "{intersects: GeoJSON, datetime: range, cloud_cover_lt, cursor}", Response: "{features[]: scene summaries with thumbnails, next_cursor}", Paginated: true},
			{Method: "GET", Path: "/v1/tiles/{scene_id}/{z}/{x}/{y}.png", Response: "PNG/WebP tile (cached by the CDN, immutable)"},
			{Method: "POST", Path: "/v1/orders", Request: "{scene_ids[]} + Idempotency-Key", Response: "201 {order_id, status}", Idempotent: true},
			{Method: "GET", Path: "/v1/orders/{id}", Response: "{status, download_urls[] (signed, 24 h)}"},
		},
		Screens: []screen{
			{Name: "Search map", Shows: "draw an area, pick dates and cloud cover; footprints and thumbnails of matches", Calls: []string{"POST /v1/search"}},
			{Name: "Scene viewer", Shows: "the scene as tiles over a base map, pan and zoom", Calls: []string{"GET /v1/tiles/{scene_id}/{z}/{x}/{y}.png"}},
			{Name: "Orders", Shows: "ordered scenes, restore progress, download links", Calls: []string{"POST /v1/orders", "GET /v1/orders/{id}"}},
		},
		Flows: []flow{
			{Name: "A new scene", Steps: []string{"{c:providersat} drops the raw scene and its metadata; {c:sceneingest} validates it and writes a Cloud-Optimized GeoTIFF (internal tiles, overviews) and a thumbnail to {c:objstore}.", "It computes the footprint polygon and cloud cover and inserts the scene into {c:scenecat}; from then on it is searchable."}},
			{Name: "Viewing tiles", Steps: []string{"The browser asks {c:cdn} for tiles; most are hits, since a tile of a scene never changes.", "On a miss {c:tilesvc} reads just the bytes it needs from the scene's COG in {c:objstore} with HTTP range requests (the overview level for the zoom), renders the tile and returns it with a long cache lifetime."}},
			{Name: "Ordering full resolution", Steps: []string{"{c:catsvc} records the order; {c:exportworker} restores scenes from the archive tier of {c:objstore} if needed (hours for deep archive, minutes for the infrequent tier) and issues signed download URLs valid for a day."}},
		},
		Deep: []deepDive{
			{Title: "Keeping {storage_month} a month forever without paying hot prices", Weight: 10, Body: "Scenes are immutable, so storage is a lifecycle question. New scenes land in the standard tier of {c:objstore}, where the tile servers read them; after a few months without reads they move to an infrequent-access tier and after a year to an archive tier (Glacier-class), keeping their overviews and thumbnails hot so the catalog still shows them and low zooms still render. Versioning and replication to a second region protect the archive; deletion is off by policy. Orders for archived scenes are asynchronous for exactly this reason."},
			{Title: "Search by footprint, time and cloud cover", Weight: 8, Body: "Analysts ask 'scenes intersecting this polygon, in this date range, under 10% cloud'. {c:scenecat} keeps one row per scene with its footprint polygon in PostGIS, indexed with GiST, and the table is partitioned by acquisition month so a date range touches few partitions; cloud cover and sensor are ordinary indexed columns. The STAC API shape lets standard tools query it. Millions of rows a year stay well within one primary with read replicas for search."},
			{Title: "{peak_read} tile requests/s from files, not a tile store", Weight: 8, Body: "Pre-rendering every tile of every scene at every zoom would multiply storage many times for tiles nobody views. Instead scenes are Cloud-Optimized GeoTIFFs with internal tiling and overviews, and {c:tilesvc} renders a tile by reading a few hundred KB with range requests. Tiles are immutable per scene, so {c:cdn} caches them for a long time and absorbs repeat views; tile servers are stateless and scale on request rate."},
		},
		Caching:      []string{"Tiles on {c:cdn} with long TTLs (immutable per scene); popular searches in {c:cache} for a minute."},
		Partitioning: []string{"{c:scenecat} partitioned by acquisition month with a GiST index per partition; scene files keyed by sensor and date in {c:objstore}."},
		Async:        []string{"Ingest (conversion, thumbnails, footprints) and order fulfilment run on workers off the request path."},
		Reliability:  []string{"Ingest is idempotent by scene id, so a redelivered scene rewrites the same keys; if {c:tilesvc} is degraded, the CDN keeps serving tiles already viewed."},
		Security:     []string{"Licensing: which analysts may see which sensors' scenes is checked in {c:catsvc} and on every tile and download URL (signed, short-lived)."},
		Tradeoffs: []tradeoff{
			{Decision: "Tiles rendered on demand from Cloud-Optimized GeoTIFFs behind a CDN", Rejected: "pre-rendered tile pyramids for every scene", Why: "most tiles of most scenes are never viewed; pyramids would multiply storage"},
			{Decision: "Lifecycle tiers with asynchronous orders", Rejected: "all scenes in the standard tier", Why: "archive-tier storage costs a small fraction for scenes that are rarely read"},
		},
		Open: []string{"How quickly must an archived scene be downloadable? It picks the archive tier."},
	},
}
