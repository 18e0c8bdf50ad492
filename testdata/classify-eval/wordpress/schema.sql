-- classify-eval fixture (HOLDOUT 3: written after the odoo holdout had
-- been looked at, scored once before the classifier change that followed
-- it; never tune against it): a WordPress site running WooCommerce, in
-- WordPress's naming: wp_ tables, CamelCase ID columns, empty strings
-- where other schemas store NULL, PHP-serialized arrays in the meta
-- key/value tables (wp_usermeta, wp_postmeta, wp_options), orders both as
-- posts (legacy storage: the customer's note in post_excerpt, the order key
-- in post_password) and in the HPOS tables, the WooCommerce session store
-- and REST keys, and three plugins: WPForms (entries as JSON), Simple
-- History (an audit trail as key/value contexts) and Action Scheduler (job
-- arguments as JSON). An office-furniture web shop.
-- Loaded after ../helpers.sql; labels in labels.tsv.

-- php_s: a PHP-serialized string, its byte length in front.
CREATE FUNCTION fixture_gen.php_s(v text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT 's:' || octet_length(v) || ':"' || v || '";'
$$;

-- phpass: WordPress's portable hash ($P$B, 31 characters of ./0-9A-Za-z);
-- wphash: WordPress 6.8's bcrypt with its $wp prefix.
CREATE FUNCTION fixture_gen.phpass(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT '$P' || '$B' || fixture_gen.chars(tag, i, 31, './0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz')
$$;

CREATE FUNCTION fixture_gen.wphash(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT '$wp' || replace(fixture_gen.bcrypt(tag, i), '$2a' || '$12$', '$2y' || '$10$')
$$;

CREATE FUNCTION fixture_gen.ua(tag text, i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT fixture_gen.pick(ARRAY[
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0',
    'Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36'], tag, i)
$$;

CREATE FUNCTION fixture_gen.product(i bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT (ARRAY['Ergonomic Task Chair', 'Sit-Stand Desk', 'Acoustic Desk Divider', 'Monitor Arm', 'Mesh Office Chair', 'Pedestal Drawer Unit',
      'Conference Table', 'Footrest', 'Bookcase', 'Whiteboard on Wheels'])[1 + i % 10]
      || ' – ' || (ARRAY['Black', 'Grey', 'Oak', 'White'])[1 + (i / 10) % 4]
$$;

-- ── Users and their meta ─────────────────────────────────────────────────

CREATE TABLE wp_users (
    "ID" bigserial PRIMARY KEY,
    user_login varchar(60) NOT NULL DEFAULT '',
    user_pass varchar(255) NOT NULL DEFAULT '',
    user_nicename varchar(50) NOT NULL DEFAULT '',
    user_email varchar(100) NOT NULL DEFAULT '',
    user_url varchar(100) NOT NULL DEFAULT '',
    user_registered timestamp NOT NULL,
    user_activation_key varchar(255) NOT NULL DEFAULT '',
    user_status integer NOT NULL DEFAULT 0,
    display_name varchar(250) NOT NULL DEFAULT ''
);
INSERT INTO wp_users (user_login, user_pass, user_nicename, user_email, user_url, user_registered, user_activation_key, user_status, display_name)
SELECT u.login, CASE WHEN i % 3 = 0 THEN fixture_gen.wphash('wup', i) ELSE fixture_gen.phpass('wup', i) END,
       replace(u.login, '.', '-'), fixture_gen.email('wu', i),
       CASE WHEN i % 5 = 0 THEN 'https://' || fixture_gen.ascii(fixture_gen.first_name('wu', i)) || fixture_gen.ascii(fixture_gen.last_name('wu', i)) || '.' || fixture_gen.pick(ARRAY['blog', 'design', 'me', 'studio'], 'wuu', i) ELSE '' END,
       fixture_gen.stamp('wur', i)::timestamp,
       CASE WHEN i % 7 = 0 THEN (1700000000 + fixture_gen.n('wua', i, 20000000))::text || ':' || fixture_gen.phpass('wuk', i) ELSE '' END,
       0, fixture_gen.full_name('wu', i)
FROM generate_series(1, 160) i,
LATERAL (SELECT CASE i % 3 WHEN 0 THEN fixture_gen.ascii(fixture_gen.first_name('wu', i)) || (i % 90)::text
                           WHEN 1 THEN fixture_gen.ascii(fixture_gen.first_name('wu', i)) || '.' || fixture_gen.ascii(fixture_gen.last_name('wu', i))
                           ELSE fixture_gen.email('wu', i) END AS login) u;

CREATE TABLE wp_usermeta (
    umeta_id bigserial PRIMARY KEY,
    user_id bigint NOT NULL DEFAULT 0,
    meta_key varchar(255),
    meta_value text
);
INSERT INTO wp_usermeta (user_id, meta_key, meta_value)
SELECT u, k.key,
       CASE k.key
           WHEN 'nickname' THEN fixture_gen.ascii(fixture_gen.first_name('wu', u)) || (u % 90)::text
           WHEN 'first_name' THEN fixture_gen.first_name('wu', u)
           WHEN 'last_name' THEN fixture_gen.last_name('wu', u)
           WHEN 'description' THEN CASE WHEN u % 6 = 0 THEN 'Interior designer based in ' || fixture_gen.city('wub', u) || '. I furnish small offices on a budget.' ELSE '' END
           WHEN 'rich_editing' THEN 'true'
           WHEN 'syntax_highlighting' THEN 'true'
           WHEN 'comment_shortcuts' THEN 'false'
           WHEN 'admin_color' THEN 'fresh'
           WHEN 'show_admin_bar_front' THEN 'true'
           WHEN 'locale' THEN ''
           WHEN 'wp_capabilities' THEN 'a:1:{' || fixture_gen.php_s(CASE WHEN u <= 4 THEN 'shop_manager' ELSE 'customer' END) || 'b:1;}'
           WHEN 'wp_user_level' THEN '0'
           WHEN 'session_tokens' THEN 'a:1:{' || fixture_gen.php_s(encode(sha256(convert_to('wst' || u, 'UTF8')), 'hex')) || 'a:4:{s:10:"expiration";i:'
               || (1712000000 + u * 977) || ';s:2:"ip";' || fixture_gen.php_s(fixture_gen.ipv4('wsi', u)) || 's:2:"ua";' || fixture_gen.php_s(fixture_gen.ua('wsu', u))
               || 's:5:"login";i:' || (1711000000 + u * 977) || ';}}'
           WHEN 'billing_first_name' THEN fixture_gen.first_name('wu', u)
           WHEN 'billing_last_name' THEN fixture_gen.last_name('wu', u)
           WHEN 'billing_company' THEN CASE WHEN u % 4 = 0 THEN fixture_gen.last_name('wbc', u) || ' Architects' ELSE '' END
           WHEN 'billing_address_1' THEN fixture_gen.street('wba', u)
           WHEN 'billing_city' THEN fixture_gen.city('wbt', u)
           WHEN 'billing_postcode' THEN fixture_gen.postcode('wbp', u)
           WHEN 'billing_country' THEN fixture_gen.pick(ARRAY['DE', 'AT', 'NL', 'FR', 'GB'], 'wbn', u)
           WHEN 'billing_phone' THEN fixture_gen.phone('wbh', u)
           WHEN 'billing_email' THEN fixture_gen.email('wu', u)
           WHEN 'last_update' THEN (1700000000 + u * 3571)::text
           WHEN 'wc_last_active' THEN (1712000000 + u * 86400 % 9000000)::text
           WHEN 'dismissed_wp_pointers' THEN 'theme_editor_notice'
       END
FROM generate_series(1, 160) u,
     unnest(ARRAY['nickname', 'first_name', 'last_name', 'description', 'rich_editing', 'syntax_highlighting', 'comment_shortcuts', 'admin_color',
         'show_admin_bar_front', 'locale', 'wp_capabilities', 'wp_user_level', 'session_tokens', 'billing_first_name', 'billing_last_name',
         'billing_company', 'billing_address_1', 'billing_city', 'billing_postcode', 'billing_country', 'billing_phone', 'billing_email',
         'last_update', 'wc_last_active', 'dismissed_wp_pointers']) AS k(key)
WHERE k.key <> 'session_tokens' OR u % 3 = 0;

-- ── Posts: products, pages, blog posts and (legacy) orders ───────────────

CREATE TABLE wp_posts (
    "ID" bigserial PRIMARY KEY,
    post_author bigint NOT NULL DEFAULT 0,
    post_date timestamp NOT NULL,
    post_date_gmt timestamp NOT NULL,
    post_content text NOT NULL,
    post_title text NOT NULL,
    post_excerpt text NOT NULL,
    post_status varchar(20) NOT NULL DEFAULT 'publish',
    comment_status varchar(20) NOT NULL DEFAULT 'open',
    ping_status varchar(20) NOT NULL DEFAULT 'open',
    post_password varchar(255) NOT NULL DEFAULT '',
    post_name varchar(200) NOT NULL DEFAULT '',
    to_ping text NOT NULL,
    pinged text NOT NULL,
    post_modified timestamp NOT NULL,
    post_modified_gmt timestamp NOT NULL,
    post_content_filtered text NOT NULL,
    post_parent bigint NOT NULL DEFAULT 0,
    guid varchar(255) NOT NULL DEFAULT '',
    menu_order integer NOT NULL DEFAULT 0,
    post_type varchar(20) NOT NULL DEFAULT 'post',
    post_mime_type varchar(100) NOT NULL DEFAULT '',
    comment_count bigint NOT NULL DEFAULT 0
);
-- Posts 1-40 are products, 41-50 blog posts, 51-55 pages, 56-355 orders.
INSERT INTO wp_posts (post_author, post_date, post_date_gmt, post_content, post_title, post_excerpt, post_status, comment_status, ping_status, post_password,
    post_name, to_ping, pinged, post_modified, post_modified_gmt, post_content_filtered, post_parent, guid, menu_order, post_type, post_mime_type, comment_count)
SELECT CASE WHEN p.kind = 'shop_order' THEN 1 ELSE 1 + i % 3 END, p.d, p.d - interval '2 hours',
       CASE p.kind
           WHEN 'product' THEN '<!-- wp:paragraph --><p>' || fixture_gen.pick(ARRAY['Breathable mesh back with adjustable lumbar support and 4D armrests.',
               'Electric height adjustment from 62 to 127 cm, with four memory positions and a child lock.',
               'Solid oak veneer, FSC certified, delivered flat-packed with all fittings.',
               'Absorbs up to 80% of reflected sound; mounts on any desk up to 30 mm thick.'], 'wpc', i) || '</p><!-- /wp:paragraph -->'
           WHEN 'post' THEN '<!-- wp:paragraph --><p>' || fixture_gen.pick(ARRAY['Five ways to make a small office feel bigger: light, mirrors and furniture on legs.',
               'How high should your desk be? A guide to ergonomic working heights for every body size.',
               'Hybrid work has changed what teams need from an office. Here is what we learned from our customers.'], 'wpb', i) || '</p><!-- /wp:paragraph -->'
           WHEN 'page' THEN '<!-- wp:shortcode -->[' || fixture_gen.pick(ARRAY['woocommerce_cart', 'woocommerce_checkout', 'woocommerce_my_account'], 'wpg', i) || ']<!-- /wp:shortcode -->'
           ELSE '' END,
       CASE p.kind
           WHEN 'product' THEN fixture_gen.product(i)
           WHEN 'post' THEN fixture_gen.pick(ARRAY['Small office, big ideas', 'The right desk height', 'What hybrid teams need', 'Our spring collection'], 'wpt', i)
           WHEN 'page' THEN (ARRAY['Shop', 'Cart', 'Checkout', 'My account', 'Imprint'])[i - 50]
           ELSE 'Order &ndash; ' || to_char(p.d, 'FMMonth DD, YYYY @ HH:MI AM') END,
       CASE p.kind
           WHEN 'product' THEN fixture_gen.pick(ARRAY['Free delivery within Germany.', 'Ships in 3-5 working days.', 'Assembly service available.'], 'wpx', i)
           WHEN 'shop_order' THEN CASE i % 6
               WHEN 0 THEN 'Please call ' || fixture_gen.first_name('wo', i) || ' on ' || fixture_gen.phone('won', i) || ' before delivering, the office is on the third floor.'
               WHEN 1 THEN 'Deliver to the back entrance, ' || fixture_gen.street('wos', i) || '. Ask for ' || fixture_gen.full_name('woa', i) || '.'
               WHEN 2 THEN 'No delivery on Fridays please.'
               ELSE '' END
           ELSE '' END,
       CASE WHEN p.kind = 'shop_order' THEN fixture_gen.pick(ARRAY['wc-completed', 'wc-completed', 'wc-processing', 'wc-on-hold', 'wc-refunded'], 'wps', i) ELSE 'publish' END,
       CASE WHEN p.kind IN ('product', 'post') THEN 'open' ELSE 'closed' END, 'closed',
       CASE WHEN p.kind = 'shop_order' THEN 'wc_order_' || fixture_gen.chars('wok', i, 13) ELSE '' END,
       CASE p.kind WHEN 'shop_order' THEN 'order-' || lower(to_char(p.d, 'mon-DD-YYYY-HHMI-am'))
                   ELSE trim(both '-' from regexp_replace(lower(fixture_gen.product(i) || '-' || i), '[^a-z0-9]+', '-', 'g')) END,
       '', '', p.d + interval '3 days', p.d + interval '3 days' - interval '2 hours', '', 0,
       'https://nordlicht-office.example/?' || CASE WHEN p.kind = 'shop_order' THEN 'post_type=shop_order&#038;p=' ELSE 'p=' END || i,
       0, p.kind, '', CASE WHEN p.kind = 'product' THEN fixture_gen.n('wcc', i, 9) ELSE 0 END
FROM generate_series(1, 355) i,
LATERAL (SELECT CASE WHEN i <= 40 THEN 'product' WHEN i <= 50 THEN 'post' WHEN i <= 55 THEN 'page' ELSE 'shop_order' END AS kind,
                fixture_gen.stamp('wpd', i)::timestamp AS d) p;

CREATE TABLE wp_postmeta (
    meta_id bigserial PRIMARY KEY,
    post_id bigint NOT NULL DEFAULT 0,
    meta_key varchar(255),
    meta_value text
);
INSERT INTO wp_postmeta (post_id, meta_key, meta_value)
SELECT i, k.key,
       CASE k.key
           WHEN '_sku' THEN 'NLO-' || lpad(i::text, 4, '0')
           WHEN '_price' THEN (89 + 10 * fixture_gen.n('wmp', i, 60))::text
           WHEN '_regular_price' THEN (99 + 10 * fixture_gen.n('wmp', i, 60))::text
           WHEN '_stock' THEN fixture_gen.n('wms', i, 40)::text
           WHEN '_stock_status' THEN 'instock'
           WHEN '_weight' THEN (5 + fixture_gen.n('wmw', i, 40))::text
           WHEN '_thumbnail_id' THEN (400 + i)::text
           WHEN '_product_attributes' THEN 'a:1:{s:8:"pa_color";a:3:{' || fixture_gen.php_s('name') || fixture_gen.php_s('pa_color') || 's:8:"position";i:0;s:10:"is_visible";i:1;}}'
           WHEN 'total_sales' THEN fixture_gen.n('wmt', i, 300)::text
           WHEN '_billing_first_name' THEN fixture_gen.first_name('wo', i)
           WHEN '_billing_last_name' THEN fixture_gen.last_name('wo', i)
           WHEN '_billing_company' THEN CASE WHEN i % 3 = 0 THEN fixture_gen.last_name('woc', i) || ' ' || fixture_gen.pick(ARRAY['Steuerberatung', 'Architekten', 'Zahnarztpraxis', 'Coworking'], 'woc', i) ELSE '' END
           WHEN '_billing_email' THEN fixture_gen.email('wo', i)
           WHEN '_billing_phone' THEN fixture_gen.phone('wop', i)
           WHEN '_billing_address_1' THEN fixture_gen.street('woa', i)
           WHEN '_billing_city' THEN fixture_gen.city('wot', i)
           WHEN '_billing_postcode' THEN fixture_gen.postcode('woz', i)
           WHEN '_billing_country' THEN fixture_gen.pick(ARRAY['DE', 'AT', 'NL', 'FR', 'GB'], 'won', i)
           WHEN '_shipping_address_1' THEN fixture_gen.street('woa', i)
           WHEN '_customer_ip_address' THEN CASE WHEN i % 4 = 0 THEN fixture_gen.ipv6('woi', i) ELSE fixture_gen.ipv4('woi', i) END
           WHEN '_customer_user_agent' THEN fixture_gen.ua('wou', i)
           WHEN '_order_total' THEN (120 + fixture_gen.n('wot', i, 2400))::text || '.00'
           WHEN '_order_currency' THEN 'EUR'
           WHEN '_payment_method' THEN fixture_gen.pick(ARRAY['stripe', 'paypal', 'bacs'], 'wom', i)
           WHEN '_created_via' THEN 'checkout'
           WHEN '_cart_hash' THEN md5('cart' || i)
           WHEN '_date_paid' THEN (1700000000 + i * 7919)::text
       END
FROM generate_series(1, 355) i,
     unnest(CASE WHEN i <= 40 THEN ARRAY['_sku', '_price', '_regular_price', '_stock', '_stock_status', '_weight', '_thumbnail_id', '_product_attributes', 'total_sales']
                 WHEN i > 55 THEN ARRAY['_billing_first_name', '_billing_last_name', '_billing_company', '_billing_email', '_billing_phone', '_billing_address_1',
                     '_billing_city', '_billing_postcode', '_billing_country', '_shipping_address_1', '_customer_ip_address', '_customer_user_agent',
                     '_order_total', '_order_currency', '_payment_method', '_created_via', '_cart_hash', '_date_paid']
                 ELSE ARRAY['_edit_last', '_wp_page_template'] END) AS k(key);
UPDATE wp_postmeta SET meta_value = CASE meta_key WHEN '_edit_last' THEN '1' ELSE 'default' END WHERE meta_value IS NULL;

-- Reviews of products, and WooCommerce's order notes, which are comments.
CREATE TABLE wp_comments (
    "comment_ID" bigserial PRIMARY KEY,
    "comment_post_ID" bigint NOT NULL DEFAULT 0,
    comment_author text NOT NULL,
    comment_author_email varchar(100) NOT NULL DEFAULT '',
    comment_author_url varchar(200) NOT NULL DEFAULT '',
    "comment_author_IP" varchar(100) NOT NULL DEFAULT '',
    comment_date timestamp NOT NULL,
    comment_date_gmt timestamp NOT NULL,
    comment_content text NOT NULL,
    comment_karma integer NOT NULL DEFAULT 0,
    comment_approved varchar(20) NOT NULL DEFAULT '1',
    comment_agent varchar(255) NOT NULL DEFAULT '',
    comment_type varchar(20) NOT NULL DEFAULT 'comment',
    comment_parent bigint NOT NULL DEFAULT 0,
    user_id bigint NOT NULL DEFAULT 0
);
INSERT INTO wp_comments ("comment_post_ID", comment_author, comment_author_email, comment_author_url, "comment_author_IP", comment_date, comment_date_gmt,
    comment_content, comment_karma, comment_approved, comment_agent, comment_type, comment_parent, user_id)
SELECT CASE WHEN c.review THEN 1 + i % 40 ELSE 56 + i % 300 END,
       CASE WHEN c.review THEN fixture_gen.full_name('wcr', i) ELSE 'WooCommerce' END,
       CASE WHEN c.review THEN fixture_gen.email('wcr', i) ELSE 'woocommerce@nordlicht-office.example' END,
       CASE WHEN c.review AND i % 6 = 0 THEN 'https://' || fixture_gen.ascii(fixture_gen.last_name('wcr', i)) || '-' || fixture_gen.ascii(fixture_gen.first_name('wcr', i)) || '.de' ELSE '' END,
       CASE WHEN c.review THEN fixture_gen.ipv4('wci', i) ELSE '' END,
       fixture_gen.stamp('wcd', i)::timestamp, fixture_gen.stamp('wcd', i)::timestamp - interval '2 hours',
       CASE WHEN c.review THEN fixture_gen.pick(ARRAY['Sturdy and comfortable, assembly took about twenty minutes.', 'The colour is a little lighter than in the photos but it looks great.',
               'My back pain is much better since I switched to this chair.', 'Arrived a day early, well packed. Would order again.', 'The motor is quiet and the desk does not wobble at full height.'], 'wcc', i)
            ELSE CASE i % 5
               WHEN 0 THEN 'Order status changed from Pending payment to Processing.'
               WHEN 1 THEN 'Stripe charge complete (Charge ID: ch_' || fixture_gen.chars('wch', i, 24) || ')'
               WHEN 2 THEN 'Hi ' || fixture_gen.first_name('wo', 56 + i % 300) || ', your parcel is on its way with DHL, tracking number ' || fixture_gen.digits('wtn', i, 12) || '.'
               WHEN 3 THEN 'Customer ' || fixture_gen.email('wo', 56 + i % 300) || ' asked to change the delivery address by phone.'
               ELSE 'Order status changed from Processing to Completed.' END END,
       0, '1', CASE WHEN c.review THEN fixture_gen.ua('wca', i) ELSE 'WooCommerce' END,
       CASE WHEN c.review THEN 'review' ELSE 'order_note' END, 0, CASE WHEN c.review AND i % 3 = 0 THEN 1 + i % 160 ELSE 0 END
FROM generate_series(1, 420) i, LATERAL (SELECT i % 5 < 2 AS review) c;

CREATE TABLE wp_commentmeta (
    meta_id bigserial PRIMARY KEY,
    comment_id bigint NOT NULL DEFAULT 0,
    meta_key varchar(255),
    meta_value text
);
INSERT INTO wp_commentmeta (comment_id, meta_key, meta_value)
SELECT "comment_ID", k.key, CASE k.key WHEN 'rating' THEN (1 + fixture_gen.n('wcmr', "comment_ID", 5))::text WHEN 'verified' THEN (fixture_gen.n('wcmv', "comment_ID", 2))::text ELSE '0' END
FROM wp_comments, unnest(CASE WHEN comment_type = 'review' THEN ARRAY['rating', 'verified'] ELSE ARRAY['is_customer_note'] END) AS k(key);

CREATE TABLE wp_options (
    option_id bigserial PRIMARY KEY,
    option_name varchar(191) NOT NULL UNIQUE,
    option_value text NOT NULL,
    autoload varchar(20) NOT NULL DEFAULT 'yes'
);
INSERT INTO wp_options (option_name, option_value, autoload) VALUES
    ('siteurl', 'https://nordlicht-office.example', 'yes'),
    ('home', 'https://nordlicht-office.example', 'yes'),
    ('blogname', 'Nordlicht Office', 'yes'),
    ('blogdescription', 'Furniture for people who work', 'yes'),
    ('admin_email', 'webmaster@nordlicht-office.example', 'yes'),
    ('users_can_register', '1', 'yes'),
    ('date_format', 'j. F Y', 'yes'),
    ('permalink_structure', '/%postname%/', 'yes'),
    ('template', 'storefront', 'yes'),
    ('active_plugins', 'a:4:{i:0;' || fixture_gen.php_s('woocommerce/woocommerce.php') || 'i:1;' || fixture_gen.php_s('wpforms-lite/wpforms.php') || 'i:2;'
        || fixture_gen.php_s('simple-history/index.php') || 'i:3;' || fixture_gen.php_s('mailchimp-for-woocommerce/mailchimp-woocommerce.php') || '}', 'yes'),
    ('woocommerce_currency', 'EUR', 'yes'),
    ('woocommerce_store_address', 'Am Speicher 12', 'yes'),
    ('woocommerce_store_city', 'Bremen', 'yes'),
    ('woocommerce_email_from_address', 'shop@nordlicht-office.example', 'yes'),
    ('woocommerce_stripe_settings', 'a:4:{' || fixture_gen.php_s('enabled') || fixture_gen.php_s('yes') || fixture_gen.php_s('testmode') || fixture_gen.php_s('no')
        || fixture_gen.php_s('publishable_key') || fixture_gen.php_s('pk_' || 'live_' || fixture_gen.chars('wsp', 1, 99)) || fixture_gen.php_s('secret_key')
        || fixture_gen.php_s('rk_' || 'live_' || fixture_gen.chars('wss', 1, 99)) || '}', 'yes'),
    ('mailchimp-woocommerce', 'a:3:{' || fixture_gen.php_s('mailchimp_api_key') || fixture_gen.php_s(md5('mcapi') || '-us21') || fixture_gen.php_s('mailchimp_list')
        || fixture_gen.php_s(substr(md5('mclist'), 1, 10)) || fixture_gen.php_s('store_name') || fixture_gen.php_s('Nordlicht Office') || '}', 'yes'),
    ('wp_mail_smtp', 'a:2:{' || fixture_gen.php_s('mail') || 'a:2:{' || fixture_gen.php_s('from_email') || fixture_gen.php_s('shop@nordlicht-office.example')
        || fixture_gen.php_s('mailer') || fixture_gen.php_s('smtp') || '}' || fixture_gen.php_s('smtp') || 'a:3:{' || fixture_gen.php_s('host') || fixture_gen.php_s('smtp.mailbox.example')
        || fixture_gen.php_s('user') || fixture_gen.php_s('shop@nordlicht-office.example') || fixture_gen.php_s('pass') || fixture_gen.php_s(fixture_gen.chars('wmsp', 1, 18)) || '}}', 'yes'),
    ('_transient_wc_count_comments', 'O:8:"stdClass":7:{s:14:"total_comments";i:168;s:3:"all";i:168;s:9:"moderated";i:0;s:8:"approved";i:168;s:4:"spam";i:0;s:5:"trash";i:0;s:12:"post-trashed";i:0;}', 'yes'),
    ('wpforms_version', '1.8.8.3', 'yes'),
    ('simple_history_db_version', '6', 'yes'),
    ('recently_activated', 'a:0:{}', 'yes'),
    ('cron', 'a:1:{i:1712345678;a:1:{' || fixture_gen.php_s('woocommerce_cleanup_sessions') || 'a:0:{}}}', 'yes');

-- ── WooCommerce ─────────────────────────────────────────────────────────

CREATE TABLE wp_woocommerce_sessions (
    session_id bigserial PRIMARY KEY,
    session_key varchar(32) NOT NULL UNIQUE,
    session_value text NOT NULL,
    session_expiry bigint NOT NULL
);
INSERT INTO wp_woocommerce_sessions (session_key, session_value, session_expiry)
SELECT CASE WHEN i % 4 = 0 THEN (i / 4)::text ELSE 't_' || substr(md5('wcs' || i), 1, 30) END,
       'a:4:{' || fixture_gen.php_s('cart') || fixture_gen.php_s('a:1:{' || fixture_gen.php_s(md5('ci' || i)) || 'a:3:{s:3:"key";' || fixture_gen.php_s(md5('ci' || i))
           || 's:10:"product_id";i:' || (1 + i % 40) || ';s:8:"quantity";i:' || (1 + i % 3) || ';}}')
           || fixture_gen.php_s('customer') || fixture_gen.php_s('a:4:{' || fixture_gen.php_s('email') || fixture_gen.php_s(CASE WHEN i % 3 = 0 THEN fixture_gen.email('wss', i) ELSE '' END)
               || fixture_gen.php_s('first_name') || fixture_gen.php_s(CASE WHEN i % 3 = 0 THEN fixture_gen.first_name('wss', i) ELSE '' END)
               || fixture_gen.php_s('postcode') || fixture_gen.php_s(CASE WHEN i % 3 = 0 THEN fixture_gen.postcode('wsz', i) ELSE '' END)
               || fixture_gen.php_s('country') || fixture_gen.php_s('DE') || '}')
           || fixture_gen.php_s('chosen_shipping_methods') || fixture_gen.php_s('a:1:{i:0;s:11:"flat_rate:1";}')
           || fixture_gen.php_s('wc_notices') || 'N;}',
       1712000000 + i * 613
FROM generate_series(1, 240) i;

CREATE TABLE wp_woocommerce_api_keys (
    key_id bigserial PRIMARY KEY,
    user_id bigint NOT NULL,
    description varchar(200),
    permissions varchar(10) NOT NULL,
    consumer_key char(64) NOT NULL,
    consumer_secret char(43) NOT NULL,
    nonces text,
    truncated_key char(7) NOT NULL,
    last_access timestamp
);
INSERT INTO wp_woocommerce_api_keys (user_id, description, permissions, consumer_key, consumer_secret, nonces, truncated_key, last_access)
SELECT 1 + i % 4, fixture_gen.pick(ARRAY['ShipStation', 'Zapier', 'ERP sync', 'Google Merchant feed', 'Mobile app'], 'wak', i),
       fixture_gen.pick(ARRAY['read', 'write', 'read_write'], 'wap', i),
       encode(sha256(convert_to('ck_' || fixture_gen.chars('wck', i, 40, '0123456789abcdef'), 'UTF8')), 'hex'),
       'cs_' || fixture_gen.chars('wcs', i, 40, '0123456789abcdef'), NULL,
       substr(fixture_gen.chars('wck', i, 40, '0123456789abcdef'), 34, 7),
       CASE WHEN i % 3 <> 0 THEN fixture_gen.stamp('wal', i)::timestamp END
FROM generate_series(1, 14) i;

CREATE TABLE wp_wc_webhooks (
    webhook_id bigserial PRIMARY KEY,
    status varchar(200) NOT NULL,
    name text NOT NULL,
    user_id bigint NOT NULL,
    delivery_url text NOT NULL,
    secret text NOT NULL,
    topic varchar(200) NOT NULL,
    date_created timestamp NOT NULL,
    date_modified timestamp,
    api_version smallint NOT NULL,
    failure_count smallint NOT NULL DEFAULT 0,
    pending_delivery boolean NOT NULL DEFAULT false
);
INSERT INTO wp_wc_webhooks (status, name, user_id, delivery_url, secret, topic, date_created, date_modified, api_version, failure_count, pending_delivery)
SELECT fixture_gen.pick(ARRAY['active', 'active', 'paused', 'disabled'], 'wws', i),
       fixture_gen.pick(ARRAY['Order created to ERP', 'New customer to CRM', 'Stock update', 'Refund to accounting'], 'wwn', i), 1,
       CASE WHEN i % 2 = 0 THEN 'https://hooks.zapier.com/hooks/catch/' || fixture_gen.digits('wzu', i, 7) || '/' || fixture_gen.chars('wzh', i, 6, 'abcdefghijklmnopqrstuvwxyz0123456789') || '/'
            ELSE 'https://erp.nordlicht-office.example/api/woo/' || fixture_gen.pick(ARRAY['orders', 'customers', 'stock'], 'wwu', i) END,
       fixture_gen.chars('wwsec', i, 50, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*()-_[]{}<>~`+=,.;:/?|'),
       fixture_gen.pick(ARRAY['order.created', 'customer.created', 'product.updated', 'order.refunded'], 'wwt', i),
       fixture_gen.stamp('wwc', i)::timestamp, fixture_gen.stamp('wwm', i)::timestamp, 3, fixture_gen.n('wwf', i, 4), false
FROM generate_series(1, 24) i;

CREATE TABLE wp_wc_customer_lookup (
    customer_id bigserial PRIMARY KEY,
    user_id bigint,
    username varchar(60) NOT NULL DEFAULT '',
    first_name varchar(255) NOT NULL,
    last_name varchar(255) NOT NULL,
    email varchar(100),
    date_last_active timestamp,
    date_registered timestamp,
    country char(2) NOT NULL DEFAULT '',
    postcode varchar(20) NOT NULL DEFAULT '',
    city varchar(100) NOT NULL DEFAULT '',
    state varchar(100) NOT NULL DEFAULT ''
);
INSERT INTO wp_wc_customer_lookup (user_id, username, first_name, last_name, email, date_last_active, date_registered, country, postcode, city, state)
SELECT CASE WHEN i <= 160 THEN i END, CASE WHEN i <= 160 THEN w.user_login ELSE '' END,
       fixture_gen.first_name(CASE WHEN i <= 160 THEN 'wu' ELSE 'wo' END, i), fixture_gen.last_name(CASE WHEN i <= 160 THEN 'wu' ELSE 'wo' END, i),
       fixture_gen.email(CASE WHEN i <= 160 THEN 'wu' ELSE 'wo' END, i), fixture_gen.stamp('wcla', i)::timestamp,
       CASE WHEN i <= 160 THEN w.user_registered END,
       fixture_gen.pick(ARRAY['DE', 'AT', 'NL', 'FR', 'GB'], 'wbn', i), fixture_gen.postcode('wbp', i), fixture_gen.city('wbt', i),
       CASE fixture_gen.pick(ARRAY['DE', 'AT', 'NL', 'FR', 'GB'], 'wbn', i) WHEN 'DE' THEN fixture_gen.pick(ARRAY['HB', 'NI', 'HH', 'BE', 'BY'], 'wcst', i) ELSE '' END
FROM generate_series(1, 355) i LEFT JOIN wp_users w ON w."ID" = i;

-- HPOS: the order tables WooCommerce 8 writes.
CREATE TABLE wp_wc_orders (
    id bigint PRIMARY KEY,
    status varchar(20),
    currency varchar(10),
    type varchar(20),
    tax_amount numeric(26, 8),
    total_amount numeric(26, 8),
    customer_id bigint,
    billing_email varchar(320),
    date_created_gmt timestamp,
    date_updated_gmt timestamp,
    parent_order_id bigint,
    payment_method varchar(100),
    payment_method_title text,
    transaction_id varchar(100),
    ip_address varchar(100),
    user_agent text,
    customer_note text
);
INSERT INTO wp_wc_orders
SELECT p."ID", p.post_status, 'EUR', 'shop_order', round((120 + fixture_gen.n('wot', p."ID", 2400)) * 0.19 / 1.19, 2), 120 + fixture_gen.n('wot', p."ID", 2400),
       CASE WHEN p."ID" % 3 = 0 THEN 1 + p."ID" % 160 ELSE 0 END, fixture_gen.email('wo', p."ID"), p.post_date_gmt, p.post_modified_gmt, 0,
       fixture_gen.pick(ARRAY['stripe', 'paypal', 'bacs'], 'wom', p."ID"),
       (ARRAY['Credit card (Stripe)', 'PayPal', 'Direct bank transfer'])[1 + fixture_gen.n('wom', p."ID", 3)],
       CASE fixture_gen.pick(ARRAY['stripe', 'paypal', 'bacs'], 'wom', p."ID") WHEN 'stripe' THEN 'pi_3' || fixture_gen.chars('wpi', p."ID", 23)
           WHEN 'paypal' THEN upper(fixture_gen.chars('wpp', p."ID", 17, '0123456789ABCDEFGHJKLMNPRSTUVWXY')) ELSE '' END,
       CASE WHEN p."ID" % 4 = 0 THEN fixture_gen.ipv6('woi', p."ID") ELSE fixture_gen.ipv4('woi', p."ID") END,
       fixture_gen.ua('wou', p."ID"), p.post_excerpt
FROM wp_posts p WHERE p.post_type = 'shop_order';

CREATE TABLE wp_wc_order_addresses (
    id bigserial PRIMARY KEY,
    order_id bigint NOT NULL REFERENCES wp_wc_orders,
    address_type varchar(20),
    first_name text,
    last_name text,
    company text,
    address_1 text,
    address_2 text,
    city text,
    state text,
    postcode text,
    country text,
    email varchar(320),
    phone varchar(100)
);
INSERT INTO wp_wc_order_addresses (order_id, address_type, first_name, last_name, company, address_1, address_2, city, state, postcode, country, email, phone)
SELECT o.id, t.kind, fixture_gen.first_name('wo', o.id), fixture_gen.last_name('wo', o.id),
       CASE WHEN o.id % 3 = 0 THEN fixture_gen.last_name('woc', o.id) || ' ' || fixture_gen.pick(ARRAY['Steuerberatung', 'Architekten', 'Zahnarztpraxis', 'Coworking'], 'woc', o.id) ELSE '' END,
       fixture_gen.street('woa', o.id), CASE WHEN o.id % 4 = 0 THEN (1 + o.id % 5) || '. OG' WHEN o.id % 4 = 1 THEN 'Hinterhaus' ELSE '' END,
       fixture_gen.city('wot', o.id), '', fixture_gen.postcode('woz', o.id), fixture_gen.pick(ARRAY['DE', 'AT', 'NL', 'FR', 'GB'], 'won', o.id),
       CASE WHEN t.kind = 'billing' THEN fixture_gen.email('wo', o.id) END, CASE WHEN t.kind = 'billing' THEN fixture_gen.phone('wop', o.id) END
FROM wp_wc_orders o, unnest(ARRAY['billing', 'shipping']) AS t(kind);

CREATE TABLE wp_woocommerce_order_items (
    order_item_id bigserial PRIMARY KEY,
    order_item_name text NOT NULL,
    order_item_type varchar(200) NOT NULL DEFAULT '',
    order_id bigint NOT NULL
);
INSERT INTO wp_woocommerce_order_items (order_item_name, order_item_type, order_id)
SELECT CASE WHEN k % 3 = 2 THEN fixture_gen.pick(ARRAY['Flat rate', 'DHL Express', 'Free shipping', 'Pickup at the warehouse'], 'wis', o) ELSE fixture_gen.product(o * 3 + k) END,
       CASE WHEN k % 3 = 2 THEN 'shipping' ELSE 'line_item' END, o
FROM generate_series(56, 355) o, generate_series(0, 2) k;

CREATE TABLE wp_woocommerce_order_itemmeta (
    meta_id bigserial PRIMARY KEY,
    order_item_id bigint NOT NULL,
    meta_key varchar(255),
    meta_value text
);
INSERT INTO wp_woocommerce_order_itemmeta (order_item_id, meta_key, meta_value)
SELECT i.order_item_id, k.key,
       CASE k.key WHEN '_product_id' THEN (1 + i.order_item_id % 40)::text WHEN '_qty' THEN (1 + i.order_item_id % 4)::text
                  WHEN '_line_total' THEN (89 + 10 * fixture_gen.n('wil', i.order_item_id, 60))::text WHEN 'pa_color' THEN fixture_gen.pick(ARRAY['black', 'grey', 'oak', 'white'], 'wic', i.order_item_id)
                  WHEN 'method_id' THEN 'flat_rate' WHEN 'cost' THEN '19.90' END
FROM wp_woocommerce_order_items i,
     unnest(CASE WHEN i.order_item_type = 'line_item' THEN ARRAY['_product_id', '_qty', '_line_total', 'pa_color'] ELSE ARRAY['method_id', 'cost'] END) AS k(key);

CREATE TABLE wp_terms (
    term_id bigserial PRIMARY KEY,
    name varchar(200) NOT NULL DEFAULT '',
    slug varchar(200) NOT NULL DEFAULT '',
    term_group bigint NOT NULL DEFAULT 0
);
INSERT INTO wp_terms (name, slug) VALUES ('Uncategorized', 'uncategorized'), ('Office Chairs', 'office-chairs'), ('Desks', 'desks'), ('Storage', 'storage'),
    ('Acoustics', 'acoustics'), ('Accessories', 'accessories'), ('simple', 'simple'), ('variable', 'variable'), ('Black', 'black'), ('Oak', 'oak'), ('Sale', 'sale');

-- ── Plugins ─────────────────────────────────────────────────────────────

-- WPForms: every entry of the contact and quote forms, as JSON.
CREATE TABLE wp_wpforms_entries (
    entry_id bigserial PRIMARY KEY,
    form_id bigint NOT NULL,
    post_id bigint NOT NULL,
    user_id bigint NOT NULL,
    status varchar(30) NOT NULL DEFAULT '',
    type varchar(30) NOT NULL DEFAULT '',
    viewed boolean DEFAULT false,
    starred boolean DEFAULT false,
    fields jsonb NOT NULL,
    meta jsonb NOT NULL,
    date timestamp NOT NULL,
    date_modified timestamp NOT NULL,
    ip_address varchar(128) NOT NULL,
    user_agent varchar(256) NOT NULL,
    user_uuid varchar(36) NOT NULL
);
INSERT INTO wp_wpforms_entries (form_id, post_id, user_id, status, type, viewed, starred, fields, meta, date, date_modified, ip_address, user_agent, user_uuid)
SELECT 900 + i % 2, 55, 0, '', '', i % 3 = 0, i % 11 = 0,
       jsonb_build_object(
           '1', jsonb_build_object('name', 'Name', 'value', fixture_gen.full_name('wf', i), 'id', 1, 'type', 'name'),
           '2', jsonb_build_object('name', 'Email', 'value', fixture_gen.email('wf', i), 'id', 2, 'type', 'email'),
           '3', jsonb_build_object('name', 'Phone', 'value', CASE WHEN i % 2 = 0 THEN fixture_gen.phone('wfp', i) ELSE '' END, 'id', 3, 'type', 'phone'),
           '4', jsonb_build_object('name', CASE WHEN i % 2 = 0 THEN 'Number of workstations' ELSE 'Message' END,
               'value', CASE WHEN i % 2 = 0 THEN (2 + i % 40)::text ELSE fixture_gen.pick(ARRAY['Do you deliver to Austria?', 'We need a quote for 12 desks and chairs for our new office in '
                   || fixture_gen.city('wfc', i) || '.', 'Can I return a chair after 30 days?'], 'wfm', i) END, 'id', 4, 'type', CASE WHEN i % 2 = 0 THEN 'number' ELSE 'textarea' END)),
       jsonb_build_object('page_url', 'https://nordlicht-office.example/' || CASE WHEN i % 2 = 0 THEN 'quote/' ELSE 'contact/' END, 'page_title', CASE WHEN i % 2 = 0 THEN 'Request a quote' ELSE 'Contact' END),
       fixture_gen.stamp('wfd', i)::timestamp, fixture_gen.stamp('wfd', i)::timestamp,
       CASE WHEN i % 5 = 0 THEN fixture_gen.ipv6('wfi', i) ELSE fixture_gen.ipv4('wfi', i) END, fixture_gen.ua('wfu', i),
       substr(md5('wfuu' || i), 1, 8) || '-' || substr(md5('wfuu' || i), 9, 4) || '-4' || substr(md5('wfuu' || i), 14, 3) || '-a' || substr(md5('wfuu' || i), 18, 3) || '-' || substr(md5('wfuu' || i), 21, 12)
FROM generate_series(1, 180) i;

-- Simple History: an audit log and its context, key/value.
CREATE TABLE wp_simple_history (
    id bigserial PRIMARY KEY,
    logger varchar(30),
    level varchar(20),
    date timestamp NOT NULL,
    message varchar(255),
    "occasionsID" varchar(32),
    initiator varchar(16)
);
INSERT INTO wp_simple_history (logger, level, date, message, "occasionsID", initiator)
SELECT (ARRAY['SimpleUserLogger', 'SimpleUserLogger', 'SimpleUserLogger', 'SimplePostLogger'])[1 + i % 4],
       CASE WHEN i % 4 = 2 THEN 'warning' ELSE 'info' END, fixture_gen.stamp('whd', i)::timestamp,
       (ARRAY['Logged in', 'Edited the profile for user {edited_user_login} ({edited_user_email})', 'Failed to login with username "{login}" (incorrect password entered)',
           'Updated {post_type} "{post_title}"'])[1 + i % 4],
       md5('occ' || i % 40), CASE WHEN i % 4 = 2 THEN 'web_user' ELSE 'wp_user' END
FROM generate_series(1, 400) i;

CREATE TABLE wp_simple_history_contexts (
    context_id bigserial PRIMARY KEY,
    history_id bigint NOT NULL REFERENCES wp_simple_history,
    key varchar(255),
    value text
);
INSERT INTO wp_simple_history_contexts (history_id, key, value)
SELECT h.id, k.key,
       CASE k.key
           WHEN '_message_key' THEN (ARRAY['user_logged_in', 'user_updated_profile', 'user_login_failed', 'post_updated'])[1 + h.id % 4]
           WHEN '_user_id' THEN (1 + h.id % 4)::text
           WHEN '_user_login' THEN CASE WHEN h.id % 4 = 0 THEN 'shopmanager' || (1 + h.id % 4) ELSE 'admin' END
           WHEN '_user_email' THEN 'webmaster@nordlicht-office.example'
           WHEN '_server_remote_addr' THEN fixture_gen.ipv4('whi', h.id)
           WHEN '_server_http_user_agent' THEN fixture_gen.ua('whu', h.id)
           WHEN 'edited_user_login' THEN fixture_gen.ascii(fixture_gen.first_name('wu', 1 + h.id % 160)) || '.' || fixture_gen.ascii(fixture_gen.last_name('wu', 1 + h.id % 160))
           WHEN 'edited_user_email' THEN fixture_gen.email('wu', 1 + h.id % 160)
           WHEN 'login' THEN fixture_gen.pick(ARRAY['admin', 'administrator', 'test', fixture_gen.email('whl', h.id)], 'whl', h.id)
           WHEN 'post_type' THEN 'product'
           WHEN 'post_title' THEN fixture_gen.product(h.id)
       END
FROM wp_simple_history h,
     unnest(CASE h.id % 4 WHEN 0 THEN ARRAY['_message_key', '_user_id', '_user_login', '_user_email', '_server_remote_addr', '_server_http_user_agent']
                          WHEN 1 THEN ARRAY['_message_key', '_user_id', '_user_login', 'edited_user_login', 'edited_user_email', '_server_remote_addr']
                          WHEN 2 THEN ARRAY['_message_key', 'login', '_server_remote_addr', '_server_http_user_agent']
                          ELSE ARRAY['_message_key', '_user_id', '_user_login', 'post_type', 'post_title'] END) AS k(key);

-- Action Scheduler: WooCommerce's job queue; the arguments are JSON.
CREATE TABLE wp_actionscheduler_actions (
    action_id bigserial PRIMARY KEY,
    hook varchar(191) NOT NULL,
    status varchar(20) NOT NULL,
    scheduled_date_gmt timestamp,
    scheduled_date_local timestamp,
    args varchar(191),
    schedule text,
    group_id bigint NOT NULL DEFAULT 0,
    attempts integer NOT NULL DEFAULT 0,
    last_attempt_gmt timestamp,
    claim_id bigint NOT NULL DEFAULT 0,
    extended_args varchar(8000)
);
INSERT INTO wp_actionscheduler_actions (hook, status, scheduled_date_gmt, scheduled_date_local, args, schedule, group_id, attempts, last_attempt_gmt, claim_id, extended_args)
SELECT (ARRAY['woocommerce_run_product_attribute_lookup_update_callback', 'wc-admin_import_orders', 'mailchimp_woocommerce_subscriber_sync', 'woocommerce_cleanup_draft_orders'])[1 + i % 4],
       fixture_gen.pick(ARRAY['complete', 'complete', 'complete', 'failed', 'pending'], 'wass', i),
       fixture_gen.stamp('wasd', i)::timestamp, fixture_gen.stamp('wasd', i)::timestamp + interval '2 hours',
       CASE i % 4 WHEN 0 THEN '[' || (1 + i % 40) || ',1]' WHEN 1 THEN '[' || (56 + i % 300) || ']'
                  WHEN 2 THEN '{"email":"' || fixture_gen.email('wo', 56 + i % 300) || '","status":"subscribed","list_id":"' || substr(md5('mclist'), 1, 10) || '"}' ELSE '[]' END,
       'O:30:"ActionScheduler_SimpleSchedule":0:{}', 1 + i % 4, CASE WHEN i % 5 = 3 THEN 1 ELSE 0 END,
       fixture_gen.stamp('wasl', i)::timestamp, 0, NULL
FROM generate_series(1, 600) i;

SET client_min_messages = warning;
DROP SCHEMA fixture_gen CASCADE;
ANALYZE;
