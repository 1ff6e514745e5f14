// Whole pages that are not about the screen industry, its labour, or AI and creative work, full of look-alikes.
// Written for this corpus. Markup: [[surface|id]] an expected mention, {{surface}} a trap (tests/golden/README.md).
import { shell, story, type WholePage } from './shell';

const off = (name: string, html: string): WholePage => ({ name, topic: 'off', html });

export const OFF_TOPIC: WholePage[] = [
  off('TV review', shell('GadgetBench', ['Reviews', 'TVs', 'Audio', 'Deals'], story(
    'Sony Bravia 8 II review: the best OLED for movie nights',
    'By Priya Nair · Updated 12 March',
    [
      `{{Sony}}'s latest OLED is the brightest it has made, and it finally fixes the dim menus of last year's set. We spent three weeks with the 65-inch model in a living room with two big windows.`,
      `<h2>Picture</h2>`,
      `Picture quality is superb. {{Sony}} tunes its processor for accuracy rather than punch, so skin tones look natural and dark scenes keep their detail. The set's [[AI|artificial-intelligence]] upscaling cleans up old DVDs better than any rival we tested, though the {{AI}} noise reduction can smear fine film grain, so we switched it off for Blu-rays.`,
      `<h2>Smart features</h2>`,
      `Google TV runs the show. [[Netflix|netflix]], [[Prime Video|amazon-mgm-studios]] and [[Disney+|disney]] come preinstalled, and the remote has a [[Netflix|netflix]] button. [[Sony Pictures|sony-pictures]] Core, the bundled film service, gives you a handful of recent releases to stream at high bitrates.`,
      `<h2>Sound</h2>`,
      `Sound is the weak spot. {{Sony}} says the Acoustic Surface system turns the screen into a speaker, and voices do seem to come from the actors' mouths, but bass is thin. Budget for a soundbar.`,
      `<h2>Verdict</h2><p>If you watch films in a dark room, buy it. {{Sony}} has priced it below the LG G5, and it is the better TV for movies.</p>`,
      `<table><tr><th>Brand</th><td>{{Sony}}</td></tr><tr><th>Panel</th><td>QD-OLED</td></tr><tr><th>Price</th><td>$2,799</td></tr></table>`,
    ]), ['Best TVs of the year', 'LG G5 review', 'How we test TVs']),
  ),
  off('headphones review', shell('SoundCheck', ['Headphones', 'Speakers', 'Buying guides'], story(
    '{{Sony}} WH-1000XM6 vs AirPods Max: which noise-cancelling headphones should you buy?',
    'Tested by Marco Ruiz',
    [
      `Two giants, two philosophies. {{Sony}} wants the quietest commute; {{Apple}} wants headphones that disappear into your iPhone.`,
      `Noise cancelling goes to {{Sony}}. On a train, the XM6 cut the rumble almost completely, helped by an [[AI|artificial-intelligence]] feature that adapts to your surroundings. {{Apple}}'s cans are close, but not as good.`,
      `Sound is a draw. Spatial audio on {{Apple Music}} is impressive, and {{Sony}}'s app lets you tune the EQ. If you stream from {{Amazon Music}}, both handle its hi-res tracks.`,
      `Price decides it. The {{Sony}} pair costs $449, often less on {{Amazon}}; the {{Apple}} pair is $549 and rarely discounted.`,
    ]), ['Best earbuds', 'AirPods Pro 3 review']),
  ),
  off('Disney World guide', shell('Wander Family', ['Destinations', 'Theme parks', 'Budget tips'], story(
    'Walt Disney World on a budget: our 2026 guide',
    'By the Wander Family team',
    [
      `A week at {{Walt Disney World}} does not have to cost a fortune. We have been going every year since our twins were four, and these are the tricks that still work.`,
      `<h2>Pick your parks</h2>`,
      `Four parks is too many for little legs. Magic Kingdom and {{Disney's Animal Kingdom}} are the best for small children; {{Hollywood Studios}} is for Star Wars and Toy Story fans, and it has the longest queues.`,
      `{{Disney}} raised ticket prices again in January, so buy early. Tickets bought through the {{Disney}} app cost the same as at the gate, but you skip the line.`,
      `<h2>Where to stay</h2>`,
      `{{Disney resorts}} are convenient but pricey. Hotels along the {{Disney Springs}} corridor cost half as much and run free shuttles. Our favourite is a family-run motel ten minutes from {{Disney World}}'s main gate.`,
      `<h2>Eat smart</h2><p>Bring snacks. A bottle of water inside the parks costs five dollars, and {{Disney}} lets you carry food in.</p>`,
      `<p>Planning another trip? Our {{Disneyland}} guide covers California.</p>`,
    ]), ['Disneyland with toddlers', 'Cheap flights to Orlando']),
  ),
  off('Universal Orlando guide', shell('ParkHoppers', ['Orlando', 'California', 'Tickets'], story(
    'Universal Orlando: what to ride first at Epic Universe',
    'By Dana Whitfield',
    [
      `{{Universal Orlando Resort}} now has three theme parks, and the newest, Epic Universe, is the one everyone wants to see. Here is how to plan a day.`,
      `Arrive an hour before opening. {{Universal}} lets hotel guests in early, and the Harry Potter land fills fast. The rides are based on the films, and fans of the movies will spot every detail.`,
      `If you have two days, spend the second at {{Universal Studios Florida}} and {{Universal's Islands of Adventure}}. A Park-to-Park ticket lets you ride the Hogwarts Express between them.`,
      `The parks belong to [[Comcast|nbcuniversal]], which has spent billions on them since 2011. {{Universal}} says Epic Universe drew more visitors in its first year than any park it has opened.`,
      `Finish at {{Universal CityWalk}}: the restaurants stay open late, and parking is free after 6 p.m.`,
    ]), ['Express Pass: is it worth it?', 'Where to stay near {{Universal}}']),
  ),
  off('Los Angeles weekend', shell('City Breaks', ['USA', 'Europe', 'Asia'], story(
    'Three days in Los Angeles',
    'Words and photos by Hannah Okoye',
    [
      `Los Angeles rewards a plan. Start at Griffith Observatory at sunrise for the best view of the Hollywood sign, then take the hiking trail down to Los Feliz for breakfast.`,
      `Day two is for studios. {{Universal Studios Hollywood}} is a theme park with a working backlot, and the tram tour still passes sets from famous films. The {{Warner Bros. Studio Tour}} in Burbank is smaller and more personal: you see real soundstages and the costume department.`,
      `For a quieter afternoon, the [[Paramount Pictures|paramount]] lot on Melrose Avenue offers a two-hour walking tour. Book ahead.`,
      `On day three, drive to Santa Monica. Rent a bike, ride to Venice Beach, and end the day with tacos on Abbot Kinney Boulevard.`,
    ]), ['Where to eat in Silver Lake', 'Palm Springs in a day']),
  ),
  off('music business', shell('Record Ledger', ['Labels', 'Streaming', 'Charts'], story(
    'Universal Music, Sony Music and Warner Music post record streaming revenue',
    'By Tom Alvarez',
    [
      `The three major labels had their best quarter yet. {{Universal Music Group}} reported revenue of €3.1 billion, {{Sony Music}} grew 9 per cent, and {{Warner Music Group}} said subscription income rose for the twelfth quarter in a row.`,
      `{{Universal}}'s chief executive told analysts the company would keep fighting songs made with [[AI-generated|synthetic-media]] vocals that imitate its artists. {{Sony}} said it had asked streaming services to remove tens of thousands of such tracks.`,
      `Spotify and {{Apple Music}} still pay most of the labels' streaming income; {{Amazon Music}} and YouTube are growing fastest.`,
      `Shares of {{Universal}} rose 4 per cent in Amsterdam.`,
    ]), ['Vinyl sales keep climbing', 'Who owns the songs?']),
  ),
  off('music streaming review', shell('AppAdvisor', ['Apps', 'Music', 'Podcasts'], story(
    'Apple Music vs Spotify in 2026',
    'By Leah Brandt',
    [
      `{{Apple Music}} costs the same as Spotify, has a bigger lossless catalogue and better classical music. Spotify has better playlists and podcasts.`,
      `{{Apple}} bundles the service in Apple One with iCloud storage and [[Apple TV+|apple]], which makes it cheaper if you already pay for those. On Android, {{Apple}}'s app is fine but slower.`,
      `Spotify's [[AI|artificial-intelligence]] DJ is still the best way to discover new songs, and its {{AI}} playlists have improved.`,
      `Our pick: Spotify for discovery, {{Apple Music}} for sound quality.`,
    ]), ['Best podcast apps', 'Tidal review']),
  ),
  off('local news: warehouse', shell('Riverside Courier', ['Local', 'Schools', 'Business', 'Weather'], story(
    'Council approves {{Amazon}} warehouse on old mill site',
    'By Jen Kowalski, Staff reporter',
    [
      `After four hours of public comment, the city council voted 5-2 on Tuesday to let {{Amazon}} build a delivery warehouse on the former paper mill site by the river.`,
      `Supporters said the project would bring 400 jobs. Opponents worried about truck traffic on Mill Street and asked whether {{Amazon}} would hire locally.`,
      `A [[Teamsters|teamsters]] organiser told the council the union would try to represent the warehouse's drivers. "We have seen what happens when workers have no contract," she said.`,
      `{{Amazon}} said construction would start in the spring. The company already runs an {{Amazon Fresh}} store on the east side.`,
    ]), ['Mill Street traffic study', 'School board meeting recap']),
  ),
  off('local news: theatre', shell('Riverside Courier', ['Local', 'Arts', 'Schools'], story(
    'High school musical returns to the Paramount Theatre',
    'By Sam Greaves',
    [
      `For the first time since its restoration, the {{Paramount Theatre}} downtown will host the Riverside High spring musical, a production of Guys and Dolls with a cast of forty students.`,
      `The director, a former member of Actors' {{Equity}}, said the students rehearsed six days a week. "They are performers now," she said.`,
      `{{Equity}} in the building is another story: the nonprofit that owns it still owes $2 million on the renovation loan.`,
      `Tickets are $12 and go on sale Monday at the box office on Main Street.`,
    ]), ['Arts calendar', 'Library expansion']),
  ),
  off('wildlife: jaguars', shell('Wild Planet', ['Animals', 'Oceans', 'Forests', 'Climate'], story(
    'Jaguars are returning to the edges of the {{Amazon}}',
    'By Dr. Inés Carvalho',
    [
      `Camera traps along a 300-kilometre stretch of the {{Amazon River}} have recorded more jaguars than at any time in the last twenty years.`,
      `Researchers used [[machine learning|machine-learning]] to sort two million images, picking out each cat by its spots. The {{Amazon rainforest}} is still losing trees, but protected corridors seem to be working.`,
      `"The {{Amazon}} can recover if we let it," said one of the authors. Deforestation in the {{Amazon basin}} fell by a third last year.`,
      `<figure><figcaption>A female jaguar photographed near Tefé.</figcaption></figure>`,
    ]), ['Pink river dolphins', 'How camera traps work']),
  ),
  off('wildlife: urban foxes', shell('Wild Planet', ['Animals', 'Cities', 'Gardens'], story(
    'Why London\'s foxes are getting bolder',
    'By Alice Pemberton',
    [
      `{{Fox}} sightings in London gardens have doubled in a decade, according to a survey of 12,000 households.`,
      `Urban foxes have learned that people mean food. {{Fox}} cubs born in cities are less afraid of humans than those born in the countryside, researchers say.`,
      `At a city farm in Hackney, a {{peacock}} and a {{fox}} have reached an uneasy truce. "The {{Peacock}} wins every time," said a keeper.`,
      `Do not feed foxes, the council says. Secure your bins and block gaps under sheds.`,
    ]), ['Hedgehogs in decline', 'Garden birds survey']),
  ),
  off('recipe: apple pie', shell('Sunday Kitchen', ['Recipes', 'Baking', 'Seasonal'], story(
    'The only apple pie recipe you need',
    'By Rosa Lindqvist · Prep 40 min · Bake 55 min',
    [
      `{{Apple}} varieties matter more than anything else here. Use a mix: Granny Smith for tartness, Honeycrisp for sweetness.`,
      `<h2>Ingredients</h2><ul><li>6 large apples</li><li>150 g sugar</li><li>1 tsp cinnamon</li><li>2 sheets of pastry</li></ul>`,
      `<h2>Method</h2><ol><li>Peel and slice the apples.</li><li>Toss with sugar and cinnamon.</li><li>Fill the pastry case, cover, and bake at 190°C.</li></ol>`,
      `I bake mine in a glass dish I found on {{Amazon}}; any deep pie dish works.`,
      `{{Apple}} pie freezes well for up to three months.`,
    ]), ['Pear tart', 'Shortcrust pastry, step by step']),
  ),
  off('recipe: weeknight pasta', shell('Sunday Kitchen', ['Recipes', 'Quick dinners'], story(
    'Twenty-minute lemon pasta',
    'By Rosa Lindqvist',
    [
      `This is what I make when I get home late and want to eat in front of [[Netflix|netflix]]. It takes twenty minutes and one pan.`,
      `A reader asked whether [[AI|artificial-intelligence]] recipe apps can beat it. I asked [[ChatGPT|chatgpt]] for a lemon pasta, and it suggested three cloves of garlic and no parmesan. The {{AI}} was wrong about the parmesan.`,
      `<h2>You need</h2><ul><li>200 g spaghetti</li><li>1 lemon</li><li>butter, parmesan, black pepper</li></ul>`,
      `Cook the pasta, keep a cup of its water, and toss everything together off the heat.`,
    ]), ['Five-ingredient dinners']),
  ),
  off('markets: big tech earnings', shell('MarketWire Daily', ['Markets', 'Earnings', 'Economy'], story(
    '{{Apple}} and {{Amazon}} lift stocks as [[AI|artificial-intelligence]] spending climbs',
    'By Ken Ishikawa, Markets reporter',
    [
      `{{Equity}} markets rose on Friday after {{Apple}} and {{Amazon}} reported better-than-expected quarterly results.`,
      `{{Apple}} said iPhone sales grew 8 per cent, helped by demand in China. {{Amazon}} reported strong growth at {{Amazon Web Services}}, its cloud unit, as companies spent more on {{AI}} computing.`,
      `[[Netflix|netflix]] shares slipped 2 per cent. {{Sony}} rose in Tokyo after raising its profit forecast on strong sales of image sensors and games.`,
      `Spending on {{AI}} data centres by the four largest cloud companies is expected to pass $400 billion this year.`,
      `<table><tr><th>Stock</th><th>Change</th></tr><tr><td>{{Apple}}</td><td>+3.1%</td></tr><tr><td>{{Amazon}}</td><td>+4.6%</td></tr><tr><td>[[Netflix|netflix]]</td><td>-2.0%</td></tr></table>`,
    ]), ['Bond yields fall', 'What the Fed said']),
  ),
  off('markets: retail', shell('MarketWire Daily', ['Markets', 'Retail', 'Consumer'], story(
    'Retailers brace for a softer holiday season',
    'By Ana Torres',
    [
      `Walmart and Target cut their forecasts on Tuesday, and analysts expect {{Amazon}} to follow when it reports next week.`,
      `{{Amazon Prime Day}} in July was the company's biggest yet, but shoppers have since pulled back. "People are buying what they need," said one analyst.`,
      `Retailers are betting on [[chatbot|chatbot]] shopping assistants to lift sales. Walmart's {{chatbot}} now handles a third of its customer questions.`,
      `Shares of {{Amazon}} fell 1 per cent in after-hours trading.`,
    ]), ['Holiday hiring slows']),
  ),
  off('Canadian writers guild', shell('Northern Screen Report', ['Canada', 'Policy', 'Industry'], story(
    '[[Writers Guild of Canada|writers-guild-of-canada]] reaches deal with independent producers',
    'By Claire Tremblay',
    [
      `The [[Writers Guild of Canada|writers-guild-of-canada]] has reached a new agreement with the country's independent producers, ending months of talks over pay for streaming series.`,
      `The {{Writers Guild}} said the deal raises minimum fees by 12 per cent over three years and, for the first time, limits how producers can use [[AI|artificial-intelligence]] to write or rewrite scripts.`,
      `Under Canada's new content rules, [[Netflix|netflix]] and other foreign services must now pay into funds that support Canadian production.`,
      `The {{Writers Guild}}'s members will vote on the agreement next month.`,
    ]), ['Telefilm funding explained', 'Toronto production numbers']),
  ),
  off('Australian guild awards', shell('Screen Down Under', ['News', 'Awards', 'Festivals'], story(
    'Australian Writers\' Guild names its award winners',
    'By Mia Kearns',
    [
      `The {{Australian Writers' Guild}} handed out its annual awards in Sydney on Friday night. A family drama set in Broome won the top prize.`,
      `The {{Writers' Guild}} also honoured a veteran soap writer for fifty years of work. "Write what scares you," she told the room.`,
      `Across the Pacific, the {{Directors Guild of Canada}} announced its own nominations the same week. The {{Directors Guild}} will hand out its prizes in Toronto in October.`,
    ]), ['Festival calendar']),
  ),
  off('NFL on Fox', shell('Gridiron Daily', ['NFL', 'College', 'Fantasy', 'Scores'], story(
    'Week 12 viewing guide: every game and where to watch',
    'By Derek Mills',
    [
      `The late window on {{Fox}} has the game of the week: Philadelphia at Dallas, with the NFC East on the line.`,
      `{{Fox Sports}} will have its top booth on the call, and {{Fox}} says the pregame show starts an hour earlier than usual.`,
      `Thursday's game is on [[Amazon Prime Video|amazon-mgm-studios]], and the Christmas Day games stream on [[Netflix|netflix]] again this year.`,
      `<table><tr><th>Game</th><th>TV</th></tr><tr><td>PHI at DAL</td><td>{{Fox}}</td></tr><tr><td>KC at BUF</td><td>CBS</td></tr></table>`,
    ]), ['Power rankings', 'Injury report']),
  ),
  off('baseball labour', shell('Diamond Report', ['MLB', 'Minors', 'Business'], story(
    'Baseball braces for a lockout as labour talks stall',
    'By Luis Serrano',
    [
      `Major League Baseball and the players' union are far apart with six weeks left on their contract, and owners are openly talking about a lockout.`,
      `The union wants a higher minimum salary and limits on the luxury tax; owners want a salary cap. Neither side has moved since the first bargaining session in April.`,
      `A strike or lockout would hit the broadcasters too. The World Series airs on {{Fox}}, and [[Apple TV|apple]] pays for Friday night games.`,
      `The last stoppage, in 2022, cost the first week of the season. Negotiations resume on Monday.`,
    ]), ['Free agent tracker']),
  ),
  off('smartphone review', shell('GadgetBench', ['Phones', 'Laptops', 'Wearables'], story(
    'iPhone 18 Pro review: small steps, big battery',
    'By Priya Nair',
    [
      `{{Apple}}'s new phone lasts a day and a half on a charge, the best we have measured on an iPhone.`,
      `{{Apple Intelligence}}, the company's [[AI|artificial-intelligence]] features, is finally useful: the phone summarises long messages and writes polite replies. Siri still trails [[ChatGPT|chatgpt]], which {{Apple}} now offers as a built-in option, and the {{AI}} image tools feel like a gimmick.`,
      `The camera is excellent in low light. Pair it with an {{Apple Watch}} and you can use the watch as a remote shutter.`,
      `{{Apple Pay}}, Face ID and the new Action button work as before.`,
    ]), ['Pixel 11 review', 'Best cases']),
  ),
];
