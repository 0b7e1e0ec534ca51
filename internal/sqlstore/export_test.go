package sqlstore

// NearQuery is nearQuery for tests outside the package.
var NearQuery = nearQuery
