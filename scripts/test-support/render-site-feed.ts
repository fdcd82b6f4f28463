// Prints the whole blog's JSON Feed as the build writes it (the same posts, ids and addresses), from
// the posts Contentlayer last generated, at the address SITE_URL and BASE_PATH give: the feed a
// deploy there would publish, without the minutes of a whole build. Summaries stand in for the
// bodies, whose renders a test run does not have.
import { getPublishedPosts } from '../../lib/content'
import { SITE_FEED_SCOPE, toFeedPosts } from '../../lib/site/feed-routes'
import { renderFeed } from '../../lib/site/feeds'

process.stdout.write(renderFeed(SITE_FEED_SCOPE, toFeedPosts(getPublishedPosts()), 'json', 'summary'))
