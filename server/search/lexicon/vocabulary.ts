/**
 * The building vocabulary: groups of words and phrases that mean the same thing in a building, in English,
 * Spanish and Brazilian Portuguese. A question and a passage that share a group share a meaning even when they
 * share no word ("by when do I vacate the flat?" / "Check-out is by 10:30"; "¿dónde está la llave de paso?" /
 * "the main water valve"). Terms are matched after stemming in their own language, so one form per word is enough.
 *
 * `weight` < 1 marks groups that say little on their own (opening hours, price, weekend days).
 */
export type Concept = { id: string; weight?: number; en: string[]; es: string[]; pt: string[] };

const c = (id: string, en: string, es: string, pt: string, weight?: number): Concept => ({
  id,
  en: split(en),
  es: split(es),
  pt: split(pt),
  ...(weight ? { weight } : {}),
});
const split = (s: string) =>
  s
    .split(",")
    .map((x) => x.trim())
    .filter(Boolean);

export const CONCEPTS: Concept[] = [
  c(
    "check_in",
    "check-in, checkin, check in, arrive, arrival, arriving, get in, self check-in",
    "entrada, llegada, llegar, entrar al apartamento, entrar en el apartamento, registro, check-in, hacer el check-in",
    "entrada, chegada, chegar, entrar no apartamento, check-in, fazer check-in",
  ),
  c(
    "check_out",
    "check-out, checkout, check out, depart, departure, departing, vacate, last day, leave the apartment, leave the flat",
    "salida, salir, marcharse, irse, dejar el apartamento, último día, día de salida, check-out",
    "saída, sair, ir embora, deixar o apartamento, último dia, dia da saída, check-out",
  ),
  c(
    "wifi",
    "wifi, wi-fi, internet, wireless, network, network name, wifi name, password, router, online",
    "wifi, internet, red, contraseña, clave, inalámbrica",
    "wi-fi, wifi, internet, rede, senha",
  ),
  c(
    "smoking",
    "smoke, smoking, cigarette, cigar, vape, vaping, tobacco, light up",
    "fumar, cigarrillo, tabaco, vapear",
    "fumar, cigarro, tabaco, vape",
  ),
  c("balcony", "balcony, terrace, patio", "balcón, terraza", "varanda, sacada, terraço"),
  c(
    "groceries",
    "supermarket, groceries, grocery, food shop, corner shop, market, buy food",
    "supermercado, tienda, compras, comida, mercado",
    "supermercado, mercado, mercearia, compras, comida",
  ),
  c("pharmacy", "pharmacy, chemist, drugstore, medicine", "farmacia, medicina", "farmácia, remédio"),
  c("airport", "airport, flight, plane", "aeropuerto, vuelo, avión", "aeroporto, voo, avião"),
  c(
    "transit",
    "tram, bus, metro, subway, underground, train, public transport, city centre, downtown, tram stop, bus stop",
    "tranvía, autobús, bus, metro, tren, transporte público, centro, parada",
    "bonde, ônibus, metrô, trem, transporte público, centro, ponto de ônibus, ponto de bonde, parada",
  ),
  c(
    "frequency",
    "how often, every, frequency",
    "cada cuánto, frecuencia, cada",
    "com que frequência, frequência, a cada",
    0.5,
  ),
  c(
    "luggage",
    "luggage, bags, suitcase, suitcases, baggage, locker, left luggage, after check-out",
    "maleta, maletas, equipaje, consigna, bolsas, después de la salida",
    "mala, malas, bagagem, guarda-volumes, depois da saída",
  ),
  c(
    "baby",
    "baby, infant, toddler, crib, cot, travel cot, high chair, stair gate",
    "bebé, cuna, trona, niño pequeño",
    "bebê, berço, cadeirão, cadeira alta",
  ),
  c(
    "children",
    "child, children, kid, kids, son, daughter, family, families",
    "niño, niños, hijo, hija, familia",
    "criança, crianças, filho, filha, família",
  ),
  c(
    "trash",
    "trash, rubbish, garbage, waste, bin, bins, chute, refuse, throw away, get rid of, dispose",
    "basura, residuos, desechos, contenedor, cubo, tirar, deshacerse",
    "lixo, resíduos, lixeira, descartar, jogar fora, se livrar",
  ),
  c(
    "recycling",
    "recycling, recycle, recyclable, cardboard, paper, plastic, tin cans, empty bottles, bottles",
    "reciclaje, reciclar, reciclable, cartón, papel, plástico, latas, botellas",
    "reciclagem, reciclar, reciclável, papelão, papel, plástico, latas, garrafas",
  ),
  c(
    "glass",
    "glass, bottle, bottles, bottle bank, jar",
    "vidrio, botella, botellas, tarro",
    "vidro, garrafa, garrafas, pote",
  ),
  c(
    "bulky",
    "mattress, bulky, old furniture, large items",
    "colchón, voluminoso, muebles viejos, trastos",
    "colchão, volumoso, móveis velhos",
  ),
  c(
    "heating",
    "heating, heat, warm, warm up, cold, chilly, thermostat, temperature, radiator, floor heating, air conditioning, cooling, too hot",
    "calefacción, calentar, calor, frío, termostato, temperatura, radiador, aire acondicionado",
    "aquecimento, aquecer, calor, frio, termostato, temperatura, aquecedor, ar-condicionado, ar condicionado",
  ),
  c(
    "elevator",
    "elevator, elevators, lift, lifts, freight elevator, service lift, goods lift",
    "ascensor, ascensores, elevador, montacargas",
    "elevador, elevadores, elevador de serviço, monta-cargas",
  ),
  c(
    "moving",
    "move, moving, move in, move out, movers, removal, furniture, sofa, couch, boxes",
    "mudanza, mudarse, muebles, sofá, cajas",
    "mudança, mudar, se mudar, móveis, sofá, caixas",
  ),
  c(
    "renovation",
    "drill, drilling, renovation, renovate, power tools, hammer, construction, building works, diy",
    "taladro, taladrar, obra, obras, reforma, herramientas eléctricas, martillo",
    "furadeira, furar, obra, obras, reforma, ferramentas elétricas, martelo",
  ),
  c(
    "quiet",
    "quiet, quiet hours, noise, noisy, loud, music, silence",
    "silencio, ruido, ruidoso, música, horario de silencio",
    "silêncio, barulho, ruído, música, horário de silêncio, lei do silêncio",
  ),
  c(
    "parking",
    "parking, park, car, cars, garage, vehicle, licence plate, parking space",
    "aparcamiento, estacionamiento, aparcar, estacionar, coche, carro, garaje, plaza",
    "estacionamento, estacionar, carro, garagem, vaga, veículo",
  ),
  c(
    "visitor",
    "visitor, visitors, visiting, visit, friend, friends, guest, guests",
    "visita, visitante, visitantes, amigo, amigos, invitado, invitados",
    "visita, visitante, visitantes, amigo, amigos, convidado, convidados, hóspede",
  ),
  c(
    "rent",
    "rent, rental payment, pay, payment, due, late fee, bank transfer",
    "alquiler, renta, pagar, pago, mensualidad",
    "aluguel, pagar, pagamento, mensalidade",
  ),
  c(
    "short_let",
    "rent out, sublet, subletting, airbnb, tourists, holiday let, short-term rental, short-term rentals",
    "subarrendar, subalquilar, alquiler turístico, turistas, alquilar a turistas",
    "sublocar, sublocação, aluguel de temporada, turistas, alugar para turistas",
  ),
  c(
    "parcel",
    "parcel, parcels, package, packages, delivery, deliveries, courier, mail, post",
    "paquete, paquetes, encomienda, encomiendas, entrega, mensajería, correo",
    "encomenda, encomendas, pacote, pacotes, entrega, correio",
  ),
  c(
    "gym",
    "gym, fitness, fitness room, workout, exercise, weights",
    "gimnasio, gym, ejercicio",
    "academia, ginástica, exercício, musculação",
  ),
  c("pool", "pool, swimming, swim, swimming pool", "piscina, nadar, natación", "piscina, nadar, natação"),
  c(
    "pets",
    "pet, pets, dog, dogs, cat, cats, animal, animals, puppy",
    "mascota, mascotas, perro, perros, gato, gatos, animal, animales",
    "animal de estimação, animais de estimação, animal, animais, pet, pets, cachorro, cão, gato, gatos",
  ),
  c(
    "ev_charging",
    "electric car, electric vehicle, ev, charger, chargers, charging, charge my car, plug in",
    "coche eléctrico, vehículo eléctrico, cargador, cargadores, cargar",
    "carro elétrico, veículo elétrico, carregador, carregadores, carregar",
  ),
  c(
    "laundry",
    "laundry, washing machine, washer, dryer, drying rack, wash clothes, iron, ironing",
    "lavandería, lavadora, secadora, lavar ropa, plancha, tendedero",
    "lavanderia, máquina de lavar, secadora, lavar roupa, ferro de passar, varal",
  ),
  c(
    "office",
    "office, management, management office, administration, building manager",
    "oficina, administración, administrador",
    "escritório, administração, síndico",
  ),

  c(
    "hours",
    "open, opens, opening, opening hours, hours, schedule",
    "horario, abre, abierto, apertura",
    "horário, funcionamento, abre, aberto",
    0.5,
  ),
  c(
    "fire",
    "fire, fires, fire alarm, flames, burning, smoke alarm, evacuate, evacuation",
    "incendio, fuego, llamas, alarma de incendio, evacuar, evacuación",
    "incêndio, fogo, chamas, alarme de incêndio, evacuar, evacuação",
  ),
  c(
    "assembly",
    "assembly point, meeting point, gather, gathering, muster, where do we meet, where do i go, where to go",
    "punto de encuentro, punto de reunión, reunirse, reunirnos, adónde voy, a dónde vamos",
    "ponto de encontro, ponto de reunião, reunir, nos reunir, para onde vou, para onde vamos",
  ),
  c(
    "fire_equipment",
    "fire extinguisher, extinguisher, fire blanket, smoke detector",
    "extintor, manta ignífuga, detector de humo",
    "extintor, manta corta-fogo, manta antichamas, detector de fumaça",
  ),
  c(
    "gas",
    "gas, gas smell, smell gas, gas leak",
    "gas, olor a gas, fuga de gas",
    "gás, cheiro de gás, vazamento de gás",
  ),
  c(
    "water_shutoff",
    "shut-off, shutoff, shut off, valve, stopcock, turn off the water, stop the water, main water valve, water supply",
    "llave de paso, válvula, cortar el agua, cerrar el agua",
    "registro, registro de água, válvula, fechar a água, cortar a água",
  ),
  c(
    "leak",
    "leak, leaks, leaking, flood, flooding, floods, water damage, drip, dripping, burst pipe",
    "fuga, fuga de agua, gotera, inundación, inundar, gotea",
    "vazamento, vazando, vaza, inundação, alagamento, alagando, goteira, pingando",
  ),
  c(
    "response_time",
    "how fast, how quickly, how soon, how long until, respond, responds, response, help arrives, someone come, within",
    "cuánto tarda, qué tan rápido, cuándo vendrá, responder, respuesta",
    "quanto tempo, quão rápido, quando vem, responder, resposta",
  ),
  c("stuck", "stuck, trapped, alarm button", "atrapado, atascado, encerrado", "preso, travado, trancado"),
  c(
    "medical",
    "hospital, doctor, injury, injured, hurt, ambulance, first aid, sick, accident",
    "hospital, médico, herida, herido, lesión, ambulancia, primeros auxilios, enfermo, accidente",
    "hospital, médico, ferido, ferimento, machucado, ambulância, primeiros socorros, doente, acidente",
  ),
  c(
    "emergency",
    "emergency, emergencies, urgent",
    "emergencia, urgencia, urgente",
    "emergência, urgência, urgente",
  ),
  c(
    "power_cut",
    "power cut, power outage, outage, blackout, electricity, no power, generator",
    "apagón, corte de luz, sin luz, electricidad, generador",
    "queda de energia, apagão, falta de luz, sem luz, energia, gerador",
  ),
  c("keys", "key, keys, key fob, fob, fobs", "llave, llaves, llavero", "chave, chaves, chaveiro"),
  c(
    "occupancy",
    "how many people, occupancy, sleeps, overnight, people, maximum guests",
    "cuántas personas, ocupación, dormir, personas",
    "quantas pessoas, ocupação, dormir, pessoas",
  ),
  c(
    "party",
    "party, parties, event, events, celebration",
    "fiesta, fiestas, evento, celebración",
    "festa, festas, evento, comemoração",
  ),
  c(
    "coffee",
    "coffee, capsules, coffee machine, espresso",
    "café, cápsulas, cafetera",
    "café, cápsulas, cafeteira",
  ),
  c(
    "dishwasher",
    "dishwasher, dishes, dishwasher tablets",
    "lavavajillas, platos",
    "lava-louças, lava-louça, louça",
  ),
  c("tv", "tv, television, netflix, streaming, youtube", "televisión, tele", "televisão, tv"),
  c(
    "bicycle",
    "bicycle, bicycles, bike, bikes, cycling",
    "bicicleta, bicicletas, bici",
    "bicicleta, bicicletas, bike",
  ),
  c(
    "hot_water",
    "hot water, boiler, water heater",
    "agua caliente, caldera, calentador",
    "água quente, aquecedor, boiler",
  ),
  c(
    "pests",
    "pest, pests, pest control, cockroach, cockroaches, mice, rats, insects",
    "plaga, plagas, cucaracha, ratones, insectos",
    "praga, pragas, barata, baratas, ratos, insetos, dedetização",
  ),
  c(
    "repair",
    "repair, repairs, fix, broken, maintenance, not working, fault",
    "reparación, reparar, arreglar, roto, mantenimiento, no funciona, avería",
    "conserto, consertar, reparo, quebrado, manutenção, não funciona, defeito",
  ),
  c("sunday", "sunday, sundays", "domingo, domingos", "domingo, domingos", 0.7),
  c("saturday", "saturday, saturdays", "sábado, sábados", "sábado, sábados", 0.7),
  c(
    "weekend",
    "weekend, weekends, saturday, sunday",
    "fin de semana, fines de semana",
    "fim de semana, fins de semana",
    0.7,
  ),
  c(
    "weekday",
    "weekday, weekdays, during the week, monday to friday, business days",
    "entre semana, días laborables, lunes a viernes",
    "dias úteis, durante a semana, segunda a sexta",
    0.7,
  ),
  c(
    "advance",
    "in advance, ahead, beforehand, how far ahead, notice, book ahead",
    "con antelación, con anticipación, por adelantado, antes",
    "com antecedência, antecipadamente, antes",
    0.7,
  ),
  c(
    "price",
    "price, cost, costs, fee, how much, charge",
    "precio, cuesta, cuánto cuesta, tarifa",
    "preço, custa, quanto custa, taxa, tarifa",
    0.6,
  ),
  c(
    "home",
    "apartment, flat, loft, unit, home",
    "apartamento, piso, departamento, casa",
    "apartamento, unidade, casa",
    0.5,
  ),
  c(
    "late_arrival",
    "late arrival, arrive late, arriving late, after midnight",
    "llegar tarde, llegada tarde, de noche",
    "chegar tarde, chegada tarde, à noite",
    0.7,
  ),
  c(
    "kitchen",
    "kitchen, cook, cooking, oven, stove",
    "cocina, cocinar, horno",
    "cozinha, cozinhar, forno, fogão",
  ),
  c(
    "bathroom",
    "bathroom, shower, bath, bathtub, toilet, sink",
    "baño, ducha, bañera, inodoro, lavabo",
    "banheiro, chuveiro, banheira, vaso, pia",
  ),
  c(
    "towels",
    "towel, towels, bed linen, sheets",
    "toalla, toallas, sábanas",
    "toalha, toalhas, lençóis, roupa de cama",
  ),
];
