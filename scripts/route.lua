-- wrk script: POST /api/v1/route with a round of real queries, short and
-- long, from the evaluation sets' kinds (search-box words, first-person
-- accounts, an under-18 cue, another jurisdiction's places, off-topic).
--
--   wrk -t2 -c16 -d10s --latency -s scripts/route.lua http://127.0.0.1:18080/api/v1/route
--   wrk … -s scripts/route.lua URL -- short    (search-box words only)
--   wrk … -s scripts/route.lua URL -- long     (the first-person account only)
--   wrk … -s scripts/route.lua URL -- all      (every query, as with no argument)
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

local bodies = {
  '{"q":"my ex says hes gonna post my nudes"}',
  '{"q":"im 15 and a boy has my pics and wants more"}',
  '{"q":"someone has my nudes and wants 200 dollars on venmo"}',
  '{"q":"found an airtag in my car"}',
  '{"q":"got an email saying they recorded me through my webcam and want bitcoin","audience":"adult","nation":"wales"}',
  '{"q":"my son is being blackmailed over a video call","audience":"helping"}',
  '{"q":"met a girl on insta, we moved to snap and she wanted to video call. things got sexual and i did stuff on camera. now shes sent me a screenshot of my followers and says 500 quid or everyone sees the video i blocked her but now theres a new account messaging me the same thing. im 22 and live with my parents, my dad is on facebook. i keep refreshing to see if its been posted i had a job interview tomorrow as well and now i cant even think about it. its 1am. do i just ignore it or do i need to do something before they post"}',
  '{"q":"my landlord wont give me my deposit back"}',
}

init = function(args)
  local kept = {}
  for _, b in ipairs(bodies) do
    if args[1] == nil or args[1] == "all" or (args[1] == "short") == (#b < 200) then
      table.insert(kept, b)
    end
  end
  bodies = kept
end

local i = 0
request = function()
  i = i % #bodies + 1
  return wrk.format(nil, nil, nil, bodies[i])
end
